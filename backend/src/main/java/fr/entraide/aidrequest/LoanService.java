package fr.entraide.aidrequest;

import fr.entraide.audit.AuditLog;
import fr.entraide.common.ProblemException;
import fr.entraide.security.CallerScope;
import fr.entraide.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Interest-free loans (prêts sans intérêt): the schedule set at payment, repayments, balance. */
@ApplicationScoped
public class LoanService {

    @Inject
    CallerScope caller;

    @Inject
    AidRequestService requests;

    @Inject
    AuditLog audit;

    @Schema(name = "LoanSchedule")
    public record Schedule(UUID requestId, long lentCents, long repaidCents, @Schema(description = "Reste dû") long outstandingCents,
            List<Line> installments) {
    }

    @Schema(name = "LoanInstallment")
    public record Line(int number, LocalDate dueOn, long amountCents, long paidCents, LocalDate lastPaidOn, boolean late) {
    }

    static boolean isLoan(AidType type) {
        return type.code.startsWith("PRET");
    }

    /** Splits the amount into monthly installments from the month after payment; the last absorbs the rest. */
    public static List<long[]> split(long amount, int count) {
        List<long[]> parts = new ArrayList<>();
        long base = amount / count;
        for (int i = 1; i <= count; i++) {
            parts.add(new long[] { i, i == count ? amount - base * (count - 1) : base });
        }
        return parts;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void schedule(AidRequest request, LocalDate paidOn, int count) {
        long amount = request.grantedAmountCents == null ? 0 : request.grantedAmountCents;
        for (long[] part : split(amount, count)) {
            LoanInstallment installment = new LoanInstallment();
            installment.id = UUID.randomUUID();
            installment.requestId = request.id;
            installment.number = (int) part[0];
            installment.dueOn = paidOn.plusMonths(part[0]);
            installment.amountCents = part[1];
            installment.persist();
        }
    }

    public Schedule schedule(UUID requestId, LocalDate today) {
        AidRequest request = requests.find(requestId, caller.access());
        List<LoanInstallment> installments = LoanInstallment.list("requestId = ?1 order by number", request.id);
        if (installments.isEmpty()) {
            throw ProblemException.notFound("Cette demande n'est pas un prêt versé : elle n'a pas d'échéancier.");
        }
        long lent = installments.stream().mapToLong(i -> i.amountCents).sum();
        long repaid = installments.stream().mapToLong(i -> i.paidCents).sum();
        return new Schedule(request.id, lent, repaid, lent - repaid, installments.stream()
                .map(i -> new Line(i.number, i.dueOn, i.amountCents, i.paidCents, i.lastPaidOn,
                        i.paidCents < i.amountCents && i.dueOn.isBefore(today)))
                .toList());
    }

    /** Records a repayment, allocated to the oldest installments first; more than the balance is refused. */
    @Transactional
    public Schedule repay(UUID requestId, long amount, LocalDate paidOn, LocalDate today) {
        caller.require(Role.ADMIN, Role.INSTRUCTEUR);
        AidRequest request = requests.find(requestId, caller.access());
        List<LoanInstallment> installments = LoanInstallment.list("requestId = ?1 order by number", request.id);
        if (installments.isEmpty()) {
            throw ProblemException.notFound("Cette demande n'est pas un prêt versé : elle n'a pas d'échéancier.");
        }
        long outstanding = installments.stream().mapToLong(i -> i.amountCents - i.paidCents).sum();
        if (amount > outstanding) {
            throw ProblemException.invalidField("amountCents", "Le remboursement dépasse le reste dû (" + fr.entraide.common.Money.euros(outstanding) + ").");
        }
        long left = amount;
        for (LoanInstallment installment : installments) {
            long due = installment.amountCents - installment.paidCents;
            if (left == 0 || due == 0) {
                continue;
            }
            long applied = Math.min(due, left);
            installment.paidCents += applied;
            installment.lastPaidOn = paidOn;
            left -= applied;
        }
        audit.agent(request.organisationId, caller.agentId(), "LOAN_REPAYMENT", "aid_request", request.id.toString(),
                Map.of("amountCents", amount));
        return schedule(requestId, today);
    }

    @Schema(name = "RepaymentRequest")
    public record RepaymentRequest(
            @jakarta.validation.constraints.NotNull(message = "Le montant est obligatoire.") @jakarta.validation.constraints.Min(value = 1, message = "Montant positif.") @jakarta.validation.constraints.Max(value = 100_000_000, message = "Montant trop élevé.") Long amountCents,
            @jakarta.validation.constraints.PastOrPresent(message = "La date ne peut pas être future.") LocalDate paidOn) {
    }
}
