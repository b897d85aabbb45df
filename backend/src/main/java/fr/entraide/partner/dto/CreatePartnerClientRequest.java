package fr.entraide.partner.dto;

import fr.entraide.partner.PartnerType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreatePartnerClientRequest")
public record CreatePartnerClientRequest(
        @Schema(example = "Département de l'Isère") @NotBlank(message = "Le nom est obligatoire.") @Size(max = 200, message = "Le nom ne doit pas dépasser 200 caractères.") String name,
        @NotNull(message = "Le type de partenaire est obligatoire.") PartnerType type,
        @Schema(description = "Code du département, obligatoire pour un partenaire DEPARTEMENT", example = "38") @Pattern(regexp = "^(0[1-9]|[1-8][0-9]|9[0-5]|2A|2B|97[1-6])$", message = "Code de département invalide (ex. 38, 2A, 974).") String departement) {
}
