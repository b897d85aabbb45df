package fr.entraide.partner.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OAuthTokenResponse", description = "Réponse de jeton OAuth 2.0 (RFC 6749 §5.1).")
public record OAuthTokenResponse(
        @JsonProperty("access_token") @Schema(name = "access_token") String accessToken,
        @JsonProperty("token_type") @Schema(name = "token_type", example = "Bearer") String tokenType,
        @JsonProperty("expires_in") @Schema(name = "expires_in", example = "900") long expiresIn) {
}
