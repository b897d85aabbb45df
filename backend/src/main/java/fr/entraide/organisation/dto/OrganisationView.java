package fr.entraide.organisation.dto;

import fr.entraide.organisation.OrganisationKind;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OrganisationView")
public record OrganisationView(
        UUID id,
        String name,
        OrganisationKind kind,
        @Schema(description = "SIREN de l'EPCI dont le CIAS est issu", example = "200040236") String epciCode,
        @Schema(description = "Nom de l'EPCI") String epciName,
        @Schema(description = "Département de rattachement (code)", example = "38") String departement,
        List<OrganisationCommuneView> communes) {
}
