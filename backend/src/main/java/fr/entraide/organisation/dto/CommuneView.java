package fr.entraide.organisation.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CommuneView")
public record CommuneView(
        @Schema(description = "Code INSEE (COG) de la commune, pas le code postal", example = "38052") String inseeCode,
        @Schema(example = "Le Bourg-d'Oisans") String name,
        @Schema(description = "Codes postaux de la commune", example = "[\"38520\"]") java.util.List<String> postcodes) {

    public CommuneView(String inseeCode, String name) {
        this(inseeCode, name, java.util.List.of());
    }
}
