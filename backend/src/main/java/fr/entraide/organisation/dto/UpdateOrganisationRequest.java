package fr.entraide.organisation.dto;

import fr.entraide.organisation.OrganisationKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UpdateOrganisationRequest")
public record UpdateOrganisationRequest(
        @Schema(example = "CIAS de l'Oisans") @NotBlank(message = "Le nom est obligatoire.") @Size(max = 200, message = "Le nom ne doit pas dépasser 200 caractères.") String name,
        @NotNull(message = "Le type d'organisation est obligatoire.") OrganisationKind kind,
        @Schema(example = "38") @Pattern(regexp = "^(0[1-9]|[1-8][0-9]|9[0-5]|2A|2B|97[1-6])$", message = "Le département doit être un code de département (ex. 38, 2A, 974).") String departement) {
}
