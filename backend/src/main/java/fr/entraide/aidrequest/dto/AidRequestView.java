package fr.entraide.aidrequest.dto;

import fr.entraide.aidrequest.AidKind;
import fr.entraide.aidrequest.workflow.RequestAction;
import fr.entraide.aidrequest.workflow.RequestStatus;
import fr.entraide.common.Problem;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AidRequest")
public record AidRequestView(
        UUID id,
        @Schema(example = "2026-000042") String reference,
        int version,
        Person beneficiary,
        AidTypeRef aidType,
        AidKind kind,
        RequestStatus status,
        @Schema(description = "Les actions que l'appelant peut faire maintenant") List<RequestAction> allowedActions,
        LocalDate depositedOn,
        String channel,
        Long requestedAmountCents,
        Long proposedAmountCents,
        @Schema(description = "Calcul du barème montré à la proposition") String baremeExplanation,
        Long grantedAmountCents,
        String avis,
        String avisMotivation,
        LocalDate avisOn,
        LocalDate transmittedOn,
        String decision,
        LocalDate decisionOn,
        LocalDate effectiveOn,
        String closedReason,
        String paymentMethod,
        String paymentReference,
        CreateAidRequest.Accommodation accommodation,
        @Schema(description = "Dossier d'ASH personnes âgées : le demandeur a déclaré n'avoir aucun obligé alimentaire")
        boolean noObligesAlimentaires,
        List<PieceStatus> pieces,
        Deadlines deadlines,
        List<Event> timeline,
        List<Problem.FieldError> warnings,
        Instant createdAt) {

    @Schema(name = "AidRequestPerson")
    public record Person(UUID id, String birthName, String usageName, String firstNames, LocalDate birthDate, String communeCode) {
    }

    @Schema(name = "AidTypeRef")
    public record AidTypeRef(UUID id, String code, String label, String legalFamily) {
    }

    @Schema(name = "AidRequestDeadlines", description = "Échéances calculées (aide légale)")
    public record Deadlines(
            @Schema(description = "Transmission au département au plus tard (dépôt + 1 mois, L131-1 CASF)") LocalDate transmissionDue,
            @Schema(description = "Alerte à partir de ce jour (dépôt + 20 jours)") LocalDate alertFrom,
            @Schema(description = "Jours restants avant l'échéance (négatif : en retard)") Long daysLeft,
            boolean overdue,
            boolean alert,
            @Schema(description = "APA : échéances dues par le département à partir du dossier complet") LocalDate apaAcknowledgementDue,
            LocalDate apaPlanDue,
            LocalDate apaDecisionDue,
            @Schema(description = "ASH : date d'effet (jour d'entrée si demande dans les 2 mois, sinon quinzaine suivante)") LocalDate ashEffectiveOn,
            @Schema(description = "Admission d'urgence : notification au président du conseil départemental au plus tard (3 jours, L131-3)") LocalDate emergencyNoticeDue) {
    }

    @Schema(name = "AidRequestEvent")
    public record Event(Instant at, String action, RequestStatus from, RequestStatus to, UUID agentId, String agentName, String comment) {
    }
}
