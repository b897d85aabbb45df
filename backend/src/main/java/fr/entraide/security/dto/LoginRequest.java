package fr.entraide.security.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LoginRequest")
public record LoginRequest(
        @Schema(example = "admin@entraide.local") @NotBlank(message = "L'adresse électronique est obligatoire.") @Size(max = 254, message = "L'adresse électronique est trop longue.") String email,
        @Schema(example = "motdepasse-tres-long") @NotBlank(message = "Le mot de passe est obligatoire.") @Size(max = 256, message = "Le mot de passe est trop long.") String password) {
}
