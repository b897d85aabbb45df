package fr.entraide.audit;

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

/** Who did or read what, when. Append-only. */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "organisation_id")
    public UUID organisationId;

    @Column(name = "actor_type", nullable = false, length = 10)
    public String actorType;

    @Column(name = "actor_id")
    public UUID actorId;

    @Column(nullable = false, length = 60)
    public String action;

    @Column(name = "target_type", length = 40)
    public String targetType;

    @Column(name = "target_id")
    public String targetId;

    @Column(name = "request_id")
    public String requestId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String details;
}
