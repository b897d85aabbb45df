package fr.entraide.partner.dto;

import fr.entraide.partner.PartnerType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PartnerMe", description = "Le partenaire appelant et l'organisation qui l'a enregistré.")
public record PartnerMe(UUID id, String name, PartnerType type, String departement, UUID organisationId, String organisationName) {
}
