package fr.entraide.common;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list, with the total so a client can show "n résultats" and page through. */
public record Page<T>(
        List<T> items,
        @Schema(description = "Nombre total d'éléments") long total,
        @Schema(description = "Numéro de page, à partir de 0") int page,
        @Schema(description = "Taille de page") int size,
        @Schema(description = "Vrai quand le total a été plafonné (recherche très large) : il y a au moins « total » résultats") boolean totalCapped) {

    public Page(List<T> items, long total, int page, int size) {
        this(items, total, page, size, false);
    }
}
