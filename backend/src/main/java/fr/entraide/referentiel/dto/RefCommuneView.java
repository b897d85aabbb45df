package fr.entraide.referentiel.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RefCommune", description = "Commune du Code officiel géographique (INSEE).")
public record RefCommuneView(
        @Schema(example = "38052") String inseeCode,
        @Schema(example = "Le Bourg-d'Oisans") String name,
        @Schema(example = "38") String departement,
        @Schema(description = "SIREN de l'EPCI à fiscalité propre dont la commune est membre", example = "200040236") String epciCode,
        @Schema(example = "[\"38520\"]") List<String> postcodes,
        @Schema(example = "3374") Integer population) {
}
