package fr.entraide.aidrequest;

import fr.entraide.audit.AuditLog;
import fr.entraide.common.Problem;
import fr.entraide.common.ProblemException;
import fr.entraide.common.ProblemType;
import fr.entraide.security.CallerScope;
import fr.entraide.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Budget lines per year and facultative aid: voted, committed (granted, not yet paid), paid. */
@ApplicationScoped
public class BudgetService {

    @Inject
    CallerScope caller;

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Schema(name = "BudgetLineView")
    public record LineView(UUID aidTypeId, String aidTypeCode, String aidTypeLabel, int year, long votedCents, long committedCents,
            long paidCents, @Schema(description = "Voté − engagé − payé") long remainingCents) {
    }

    public List<LineView> lines(int year) {
        UUID organisationId = caller.organisationId();
        return BudgetLine.<BudgetLine>list("organisationId = ?1 and year = ?2", organisationId, year).stream()
                .map(line -> view(line, AidType.findById(line.aidTypeId)))
                .sorted(java.util.Comparator.comparing(LineView::aidTypeLabel))
                .toList();
    }

    @Transactional
    public LineView vote(int year, UUID aidTypeId, long votedCents) {
        caller.require(Role.ADMIN);
        AidType type = AidType.find("id = ?1 and organisationId = ?2", aidTypeId, caller.organisationId()).firstResult();
        if (type == null) {
            throw ProblemException.notFound("Aucune aide de votre catalogue n'a cet identifiant.");
        }
        if (type.kind != AidKind.FACULTATIVE) {
            throw ProblemException.invalidField("aidTypeId", "Le budget concerne les aides facultatives, financées par le CCAS.");
        }
        BudgetLine line = BudgetLine.find("organisationId = ?1 and year = ?2 and aidTypeId = ?3", caller.organisationId(), year, aidTypeId)
                .firstResult();
        if (line == null) {
            line = new BudgetLine();
            line.id = UUID.randomUUID();
            line.organisationId = caller.organisationId();
            line.year = year;
            line.aidTypeId = aidTypeId;
        }
        line.votedCents = votedCents;
        line.updatedAt = clock.instant();
        line.persist();
        audit.agent(line.organisationId, caller.agentId(), "BUDGET_VOTED", "aid_type", aidTypeId.toString(),
                Map.of("year", year, "votedCents", votedCents));
        return view(line, type);
    }

    /**
     * Refuses a grant that would exceed the remaining budget of its line, unless an administrator
     * gives a reason. The line is locked so that two grants at once cannot both squeeze in.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void checkGrant(AidRequest request, long amount, LocalDate decisionOn, String overrideReason) {
        Optional<BudgetLine> line = BudgetLine.<BudgetLine>find("organisationId = ?1 and year = ?2 and aidTypeId = ?3",
                request.organisationId, decisionOn.getYear(), request.aidTypeId).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
        if (line.isEmpty()) {
            return;
        }
        LineView view = view(line.get(), AidType.findById(request.aidTypeId));
        if (amount <= view.remainingCents()) {
            return;
        }
        if (overrideReason != null && !overrideReason.isBlank() && caller.access().has(Role.ADMIN)) {
            request.budgetOverrideReason = overrideReason.trim();
            audit.agent(request.organisationId, caller.agentId(), "BUDGET_OVERRIDE", "aid_request", request.id.toString(),
                    Map.of("amountCents", amount, "remainingCents", view.remainingCents()));
            return;
        }
        String remaining = fr.entraide.common.Money.euros(Math.max(0, view.remainingCents()));
        // The field names where an administrator gives the reason, so that forms show the refusal there.
        throw new ProblemException(ProblemType.CONFLICT, "Le budget " + decisionOn.getYear() + " de « " + view.aidTypeLabel()
                + " » ne suffit pas : il reste " + remaining + " pour " + fr.entraide.common.Money.euros(amount)
                + ". Un administrateur peut passer outre en indiquant la raison (budgetOverrideReason).",
                List.of(new Problem.FieldError("budgetOverrideReason", "Budget restant insuffisant (" + remaining
                        + ") : seul un administrateur peut passer outre, en indiquant la raison.")), Map.of());
    }

    private LineView view(BudgetLine line, AidType type) {
        Object[] sums = (Object[]) em.createNativeQuery("""
                select coalesce(sum(granted_amount_cents) filter (where status = 'ACCORDEE'), 0),
                       coalesce(sum(granted_amount_cents) filter (where status = 'VERSEE'), 0)
                from aid_request where organisation_id = ?1 and aid_type_id = ?2 and extract(year from decision_on) = ?3""")
                .setParameter(1, line.organisationId).setParameter(2, line.aidTypeId).setParameter(3, line.year)
                .getSingleResult();
        long committed = ((Number) sums[0]).longValue();
        long paid = ((Number) sums[1]).longValue();
        return new LineView(type.id, type.code, type.label, line.year, line.votedCents, committed, paid,
                line.votedCents - committed - paid);
    }

}
