package fr.entraide.organisation.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PasswordResetRequest")
public record PasswordResetRequest(
        @NotBlank(message = "Le mot de passe est obligatoire.") @Size(min = 12, max = 128, message = "Le mot de passe doit compter entre 12 et 128 caractères.") String password) {
}
