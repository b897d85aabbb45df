package fr.entraide.orientation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The partner's answer to an orientation. */
@Schema(name = "OrientationOutcome", description = "PRISE_EN_CHARGE, DROITS_OUVERTS, DEJA_CONNU, NON_ELIGIBLE, SANS_SUITE")
public enum OrientationOutcome {
    PRISE_EN_CHARGE, DROITS_OUVERTS, DEJA_CONNU, NON_ELIGIBLE, SANS_SUITE
}
