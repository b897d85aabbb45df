package fr.entraide.organisation.dto;

import fr.entraide.organisation.OrganisationKind;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OrganisationSummary")
public record OrganisationSummary(UUID id, String name, OrganisationKind kind) {
}
