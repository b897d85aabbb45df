package fr.entraide.aidrequest;

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

/** One transition of a request: who, when, from which state to which, with the comment. */
@Entity
@Table(name = "aid_request_event")
public class AidRequestEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "request_id", nullable = false)
    public UUID requestId;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "agent_id")
    public UUID agentId;

    @Column(nullable = false, length = 30)
    public String action;

    @Column(name = "from_status", length = 16)
    public String fromStatus;

    @Column(name = "to_status", nullable = false, length = 16)
    public String toStatus;

    public String comment;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String data;
}
