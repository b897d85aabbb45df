package fr.entraide.orientation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OrientationStatus", description = "ENVOYEE, PRISE_EN_COMPTE (accusé de réception du partenaire), REPONDUE")
public enum OrientationStatus {
    ENVOYEE, PRISE_EN_COMPTE, REPONDUE
}
