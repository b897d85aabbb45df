package fr.entraide.aidrequest.dto;

import com.fasterxml.jackson.databind.JsonNode;
import fr.entraide.aidrequest.AidKind;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AidType", description = "Une aide du catalogue de l'organisation")
public record AidTypeView(
        UUID id,
        @Schema(example = "SECOURS_URGENCE") String code,
        @Schema(example = "Secours d'urgence") String label,
        AidKind kind,
        @Schema(description = "Pour une aide légale : le dossier attendu par le département (APA_DOMICILE, ASH_PA…)") String legalFamily,
        @Schema(description = "Plafond, en centimes (aide facultative)") Long ceilingCents,
        @Schema(description = "Une aide au plus par période de tant de mois (aide facultative)") Integer frequencyMonths,
        @Schema(description = "Barème : {basis: RESTE_A_VIVRE_JOUR | QUOTIENT_FAMILIAL, brackets: [{upToCents, amountCents}]}") JsonNode scale,
        List<PieceSpec> pieces,
        boolean active) {
}
