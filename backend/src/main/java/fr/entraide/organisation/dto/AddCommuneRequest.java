package fr.entraide.organisation.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AddCommuneRequest")
public record AddCommuneRequest(
        @Schema(description = "Code INSEE (COG) de la commune", example = "38052") @NotBlank(message = "Le code INSEE est obligatoire.") @Pattern(regexp = "^([0-9]{5}|2[AB][0-9]{3})$", message = "Le code INSEE compte 5 caractères (ex. 38052, 2A004).") String inseeCode) {
}
