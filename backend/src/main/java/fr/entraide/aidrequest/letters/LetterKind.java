package fr.entraide.aidrequest.letters;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LetterKind", description = "ACCUSE_RECEPTION, DEMANDE_PIECES (pièces manquantes), NOTIFICATION_DECISION (aide facultative)")
public enum LetterKind {
    ACCUSE_RECEPTION,
    DEMANDE_PIECES,
    NOTIFICATION_DECISION
}
