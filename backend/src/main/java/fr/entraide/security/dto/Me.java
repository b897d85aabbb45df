package fr.entraide.security.dto;

import fr.entraide.organisation.dto.CommuneView;
import fr.entraide.organisation.dto.OrganisationSummary;
import fr.entraide.security.Role;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Me", description = "L'agent connecté, son organisation et les communes sur lesquelles il peut agir.")
public record Me(
        UUID id,
        String email,
        String firstName,
        String lastName,
        List<Role> roles,
        OrganisationSummary organisation,
        @Schema(description = "Communes sur lesquelles l'agent peut agir (toutes celles de l'organisation, sauf pour un agent d'accueil)") List<CommuneView> communes) {
}
