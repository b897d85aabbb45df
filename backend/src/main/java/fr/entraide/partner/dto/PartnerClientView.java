package fr.entraide.partner.dto;

import fr.entraide.partner.PartnerType;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PartnerClientView")
public record PartnerClientView(
        UUID id,
        @Schema(description = "Identifiant client OAuth (client_id)", example = "ptn_3k9x2m7q4r8t1v6w") String clientId,
        @Schema(example = "Département de l'Isère") String name,
        PartnerType type,
        @Schema(example = "38") String departement,
        boolean enabled,
        Instant createdAt,
        @Schema(nullable = true) Instant lastUsedAt,
        @Schema(description = "Vrai pendant une rotation : l'ancien secret reste accepté jusqu'à son retrait") boolean rotationInProgress,
        @Schema(nullable = true) Instant secretRotatedAt,
        @Schema(nullable = true, description = "Requêtes par minute ; absent : valeur par défaut de l'instance") Integer rateLimitPerMinute) {
}
