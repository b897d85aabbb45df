package fr.entraide.referentiel.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Epci", description = "Établissement public de coopération intercommunale (communauté de communes, d'agglomération…).")
public record EpciView(
        @Schema(description = "SIREN", example = "200040236") String code,
        @Schema(example = "CC de l'Oisans") String name,
        @Schema(description = "CC, CA, CU ou METRO", example = "CC") String type,
        Integer population,
        @Schema(description = "Nombre de communes membres") int communeCount) {
}
