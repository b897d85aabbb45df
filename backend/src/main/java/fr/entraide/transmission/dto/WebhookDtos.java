package fr.entraide.transmission.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Webhooks of partners and their deliveries. */
public final class WebhookDtos {

    private WebhookDtos() {
    }

    @Schema(name = "CreateWebhookRequest")
    public record CreateWebhookRequest(
            @Schema(example = "https://api.departement38.fr/entraide/evenements") @NotBlank(message = "L'adresse est obligatoire.") @Size(max = 2000, message = "2 000 caractères au plus.") String url) {
    }

    @Schema(name = "WebhookView")
    public record WebhookView(UUID id, UUID partnerId, String url, boolean enabled, Instant createdAt,
            @Schema(description = "Livraisons en attente") long pending,
            @Schema(description = "Livraisons abandonnées après le nombre maximal d'essais") long failed) {
    }

    @Schema(name = "WebhookCreated", description = "Le secret de signature n'est montré qu'une fois.")
    public record WebhookCreated(WebhookView webhook,
            @Schema(description = "Secret de signature HMAC-SHA256, affiché une seule fois") String secret) {
    }

    @Schema(name = "DeliveryStatus")
    public enum DeliveryStatus { PENDING, DELIVERED, FAILED }

    @Schema(name = "WebhookDeliveryView")
    public record DeliveryView(UUID id, UUID eventId, String eventType, UUID webhookId, String url, DeliveryStatus status,
            int attempts, Instant nextAttemptAt, @Schema(nullable = true) Instant deliveredAt,
            @Schema(nullable = true) String lastError, Instant createdAt) {
    }

    @Schema(name = "WebhookAttemptView")
    public record AttemptView(Instant attemptedAt, @Schema(nullable = true) Integer httpStatus,
            @Schema(nullable = true) String error, int durationMs) {
    }

    @Schema(name = "WebhookDeliveryDetail")
    public record DeliveryDetail(DeliveryView delivery,
            @Schema(description = "Corps JSON envoyé (l'événement)") String payload, List<AttemptView> attempts) {
    }
}
