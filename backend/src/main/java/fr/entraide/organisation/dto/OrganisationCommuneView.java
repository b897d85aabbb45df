package fr.entraide.organisation.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OrganisationCommune", description = "Commune desservie par l'organisation.")
public record OrganisationCommuneView(
        @Schema(example = "38052") String inseeCode,
        @Schema(example = "Le Bourg-d'Oisans") String name,
        @Schema(example = "38") String departement,
        @Schema(example = "[\"38520\"]") List<String> postcodes,
        @Schema(description = "Nombre d'agents d'accueil rattachés à cette commune") long agentCount) {
}
