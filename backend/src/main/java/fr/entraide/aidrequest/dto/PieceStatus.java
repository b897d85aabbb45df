package fr.entraide.aidrequest.dto;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A pièce of a request's checklist and whether it was received. */
@Schema(name = "PieceStatus")
public record PieceStatus(String code, String label, boolean required, boolean received, LocalDate receivedOn) {
}
