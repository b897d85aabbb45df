package fr.entraide.orientation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why the CCAS orients a person to the CAF or the MSA. */
@Schema(name = "OrientationMotif", description = "ACCES_AUX_DROITS (étude des droits), RSA, PRIME_ACTIVITE, AIDE_LOGEMENT, "
        + "PRESTATIONS_FAMILIALES, AAH, IMPAYES_LOGEMENT, CHANGEMENT_SITUATION, ACCOMPAGNEMENT_SOCIAL, AUTRE")
public enum OrientationMotif {
    ACCES_AUX_DROITS, RSA, PRIME_ACTIVITE, AIDE_LOGEMENT, PRESTATIONS_FAMILIALES, AAH, IMPAYES_LOGEMENT,
    CHANGEMENT_SITUATION, ACCOMPAGNEMENT_SOCIAL, AUTRE
}
