package fr.entraide.beneficiary.dto;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One saved version of a record and what changed in it. */
@Schema(name = "BeneficiaryHistoryEntry")
public record HistoryEntry(
        int version,
        Instant changedAt,
        UUID agentId,
        @Schema(description = "Nom de l'agent") String agentName,
        List<FieldChange> changes) {

    @Schema(name = "FieldChange", description = "Un champ modifié ; les champs chiffrés (NIR, notes) sont signalés sans leur valeur")
    public record FieldChange(
            @Schema(example = "address.communeCode") String field,
            @Schema(description = "Valeur avant (texte, nombre, booléen ou liste)", implementation = Object.class, nullable = true) JsonNode before,
            @Schema(description = "Valeur après", implementation = Object.class, nullable = true) JsonNode after) {
    }
}
