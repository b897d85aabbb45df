package fr.entraide.organisation.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EpciSetupRequest", description = "Constitue un CIAS à partir de son EPCI : ses communes membres deviennent les communes de l'organisation.")
public record EpciSetupRequest(
        @Schema(description = "SIREN de l'EPCI", example = "200040236") @NotBlank(message = "Le SIREN de l'EPCI est obligatoire.") @Pattern(regexp = "^[0-9]{9}$", message = "Le SIREN de l'EPCI compte 9 chiffres.") String epciCode) {
}
