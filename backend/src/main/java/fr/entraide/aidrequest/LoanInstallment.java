package fr.entraide.aidrequest;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** One monthly installment of an interest-free loan, and what was repaid on it. */
@Entity
@Table(name = "loan_installment")
public class LoanInstallment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "request_id", nullable = false)
    public UUID requestId;

    @Column(nullable = false)
    public int number;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Column(name = "amount_cents", nullable = false)
    public long amountCents;

    @Column(name = "paid_cents", nullable = false)
    public long paidCents;

    @Column(name = "last_paid_on")
    public LocalDate lastPaidOn;
}
