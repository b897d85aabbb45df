package fr.entraide.aidrequest.dto;

import fr.entraide.aidrequest.AidKind;
import fr.entraide.aidrequest.workflow.RequestStatus;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AidRequestSummary", description = "Une ligne de file de travail")
public record AidRequestSummary(
        UUID id,
        String reference,
        UUID beneficiaryId,
        String beneficiaryName,
        String aidTypeCode,
        String aidTypeLabel,
        AidKind kind,
        RequestStatus status,
        LocalDate depositedOn,
        @Schema(description = "Aide légale : échéance de transmission") LocalDate transmissionDue,
        Long daysLeft,
        boolean overdue,
        boolean alert,
        Long amountCents) {
}
