package fr.entraide.aidrequest;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The amount the board voted for one facultative aid in one year. */
@Entity
@Table(name = "budget_line")
public class BudgetLine extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Column(nullable = false)
    public int year;

    @Column(name = "aid_type_id", nullable = false)
    public UUID aidTypeId;

    @Column(name = "voted_cents", nullable = false)
    public long votedCents;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
