package fr.entraide.beneficiary.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a retention run did, or would do in a simulation. */
@Schema(name = "RetentionReport")
public record RetentionReport(
        UUID runId,
        @Schema(description = "DRY_RUN (simulation, rien n'est modifié) ou APPLIED") String mode,
        @Schema(description = "SCHEDULED ou MANUAL") String trigger,
        Instant startedAt,
        @Schema(description = "Fiches actives sans contact depuis cette date : archivées") LocalDate archiveBefore,
        @Schema(description = "Fiches archivées avant cet instant : anonymisées") Instant anonymiseBefore,
        int archiveCount,
        int anonymiseCount,
        @Schema(description = "Les fiches concernées (200 au plus par catégorie)") List<Entry> toArchive,
        List<Entry> toAnonymise,
        @Schema(description = "Vrai quand le traitement nocturne applique le plan sans intervention") boolean automatic) {

    @Schema(name = "RetentionEntry")
    public record Entry(UUID id, String birthName, String firstNames, LocalDate lastContactOn, Instant archivedAt) {
    }
}
