package fr.entraide.partner.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RateLimitRequest")
public record RateLimitRequest(
        @Schema(description = "Requêtes par minute ; nul : valeur par défaut", example = "120", nullable = true)
        @Min(value = 1, message = "Au moins 1 requête par minute.") @Max(value = 100000, message = "100 000 requêtes par minute au plus.") Integer perMinute) {
}
