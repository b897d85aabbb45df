package fr.entraide.aidrequest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A pièce justificative an aid requires. */
@Schema(name = "PieceSpec")
public record PieceSpec(
        @Schema(example = "AVIS_IMPOSITION") @NotBlank(message = "Le code est obligatoire.") @Pattern(regexp = "^[A-Z0-9_]{2,40}$", message = "Code en majuscules (A-Z, 0-9, _).") String code,
        @Schema(example = "Dernier avis d'imposition") @NotBlank(message = "Le libellé est obligatoire.") @Size(max = 200, message = "200 caractères au plus.") String label,
        @Schema(description = "Obligatoire pour que le dossier soit complet") boolean required) {
}
