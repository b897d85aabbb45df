package fr.entraide.organisation.dto;

import fr.entraide.security.Role;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AgentView")
public record AgentView(
        UUID id,
        String email,
        String firstName,
        String lastName,
        List<Role> roles,
        @Schema(description = "Communes d'un agent d'accueil") List<CommuneView> communes,
        boolean enabled,
        Instant createdAt,
        @Schema(nullable = true) Instant lastLoginAt) {
}
