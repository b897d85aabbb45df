package fr.entraide.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Something a partner did that the agents of the organisation should see (a decision, an answer). */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    /** For agents limited to some communes: the commune of the person concerned. */
    @Column(name = "commune_code", length = 5)
    public String communeCode;

    @Column(nullable = false, length = 30)
    public String kind;

    @Column(nullable = false)
    public String message;

    @Column(name = "target_type", length = 30)
    public String targetType;

    @Column(name = "target_id")
    public UUID targetId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
