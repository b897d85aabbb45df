package fr.entraide.organisation.dto;

import fr.entraide.security.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreateAgentRequest")
public record CreateAgentRequest(
        @Schema(example = "marie.durand@cias-oisans.fr") @NotBlank(message = "L'adresse électronique est obligatoire.") @Email(message = "L'adresse électronique est invalide.") @Size(max = 254, message = "L'adresse électronique est trop longue.") String email,
        @Schema(example = "Marie") @NotBlank(message = "Le prénom est obligatoire.") @Size(max = 100, message = "Le prénom ne doit pas dépasser 100 caractères.") String firstName,
        @Schema(example = "Durand") @NotBlank(message = "Le nom est obligatoire.") @Size(max = 100, message = "Le nom ne doit pas dépasser 100 caractères.") String lastName,
        @NotEmpty(message = "Choisissez au moins un rôle.") @Size(max = 4, message = "Quatre rôles au plus.") List<@NotNull(message = "Rôle inconnu.") Role> roles,
        @Schema(description = "Codes INSEE des communes, obligatoires pour un agent d'accueil") @Size(max = 500, message = "Trop de communes.") List<@NotNull(message = "Code INSEE manquant.") @Pattern(regexp = "^([0-9]{5}|2[AB][0-9]{3})$", message = "Code INSEE invalide.") String> communes,
        @Schema(description = "Mot de passe initial, 12 caractères au moins", example = "un-mot-de-passe-solide") @NotBlank(message = "Le mot de passe initial est obligatoire.") @Size(min = 12, max = 128, message = "Le mot de passe doit compter entre 12 et 128 caractères.") String password) {
}
