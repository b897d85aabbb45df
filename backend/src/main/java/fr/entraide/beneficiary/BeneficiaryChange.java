package fr.entraide.beneficiary;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One field changed in one saved version of a beneficiary record. */
@Entity
@Table(name = "beneficiary_change")
public class BeneficiaryChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "beneficiary_id", nullable = false)
    public UUID beneficiaryId;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    @Column(name = "agent_id")
    public UUID agentId;

    @Column(nullable = false)
    public int version;

    @Column(nullable = false)
    public String field;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "before_value", columnDefinition = "jsonb")
    public String beforeValue;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "after_value", columnDefinition = "jsonb")
    public String afterValue;
}
