package fr.entraide.organisation.dto;

import fr.entraide.security.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UpdateAgentRequest")
public record UpdateAgentRequest(
        @NotBlank(message = "Le prénom est obligatoire.") @Size(max = 100, message = "Le prénom ne doit pas dépasser 100 caractères.") String firstName,
        @NotBlank(message = "Le nom est obligatoire.") @Size(max = 100, message = "Le nom ne doit pas dépasser 100 caractères.") String lastName,
        @NotEmpty(message = "Choisissez au moins un rôle.") @Size(max = 4, message = "Quatre rôles au plus.") List<@NotNull(message = "Rôle inconnu.") Role> roles,
        @Size(max = 500, message = "Trop de communes.") List<@NotNull(message = "Code INSEE manquant.") @Pattern(regexp = "^([0-9]{5}|2[AB][0-9]{3})$", message = "Code INSEE invalide.") String> communes,
        @Schema(description = "false pour désactiver le compte (ses sessions sont fermées)") @NotNull(message = "Indiquez si le compte est actif.") Boolean enabled) {
}
