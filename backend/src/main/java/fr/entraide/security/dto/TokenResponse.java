package fr.entraide.security.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TokenResponse", description = "Jeton d'accès d'un agent. Le jeton de renouvellement est posé dans un cookie httpOnly.")
public record TokenResponse(
        @Schema(description = "JWT RS256 à présenter dans l'en-tête Authorization: Bearer") String accessToken,
        @Schema(example = "Bearer") String tokenType,
        @Schema(description = "Durée de validité du jeton, en secondes", example = "900") long expiresIn,
        Me me) {
}
