package fr.entraide.dossier;

import fr.entraide.aidrequest.dto.CreateAidRequest;
import jakarta.validation.Valid;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the dossier needs from the request itself and the agent can complete after its creation. */
@Schema(name = "DossierDataInput", description = "Données de la demande utiles au dossier : l'établissement (APA en établissement, "
        + "ASH) et la déclaration « aucun obligé alimentaire » (ASH personnes âgées). Un champ absent n'est pas modifié.")
public record DossierDataInput(
        @Valid CreateAidRequest.Accommodation accommodation,
        @Schema(description = "Le demandeur déclare n'avoir aucun obligé alimentaire") Boolean noObligesAlimentaires) {
}
