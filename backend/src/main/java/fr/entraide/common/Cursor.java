package fr.entraide.common;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A page of a feed read by cursor: pass {@code nextCursor} as {@code since} to get what changed
 * after. Unlike page numbers, a cursor never skips or repeats an item when new ones arrive.
 */
public record Cursor<T>(
        List<T> items,
        @Schema(description = "À repasser en since= pour la suite ; inchangé s'il n'y a rien de nouveau") String nextCursor,
        @Schema(description = "Vrai s'il reste des éléments au-delà de cette page") boolean hasMore) {

    /** The since parameter as a sequence number; absent means from the beginning. */
    public static long since(String since) {
        if (since == null || since.isBlank()) {
            return 0;
        }
        try {
            long value = Long.parseLong(since.trim());
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw ProblemException.invalidField("since", "Curseur invalide : reprenez la valeur nextCursor d'une réponse précédente.");
    }
}
