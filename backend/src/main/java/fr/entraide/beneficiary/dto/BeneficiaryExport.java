package fr.entraide.beneficiary.dto;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Everything the organisation holds about a person (RGPD right of access, art. 15). */
@Schema(name = "BeneficiaryExport")
public record BeneficiaryExport(
        @Schema(example = "entraide/beneficiary-export/v1") String format,
        Instant exportedAt,
        String organisationName,
        BeneficiaryView beneficiary,
        List<HistoryEntry> history,
        @Schema(description = "Qui a consulté ou modifié la fiche, et quand") List<Access> accesses) {

    @Schema(name = "BeneficiaryAccess")
    public record Access(Instant at, String action, UUID agentId, String agentName) {
    }
}
