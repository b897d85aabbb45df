package fr.entraide.audit.dto;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditEventView", description = "Trace d'une action ou d'une consultation.")
public record AuditEventView(
        long id,
        Instant occurredAt,
        @Schema(description = "AGENT, PARTNER, SYSTEM") String actorType,
        UUID actorId,
        @Schema(example = "AGENT_CREATED") String action,
        @Schema(example = "agent") String targetType,
        String targetId,
        String requestId,
        @Schema(description = "Détails sans donnée personnelle") JsonNode details) {
}
