package fr.entraide.notification.dto;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NotificationView")
public record NotificationView(UUID id,
        @Schema(description = "DECISION_DEPARTEMENT, ACCUSE_RECEPTION_DEPARTEMENT, REPONSE_ORIENTATION") String kind,
        String message,
        @Schema(description = "aid_request ou orientation", nullable = true) String targetType,
        @Schema(nullable = true) UUID targetId, Instant createdAt, boolean read) {
}
