package fr.entraide.transmission;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One request on a bordereau: what the département receives, acknowledges and decides. */
@Entity
@Table(name = "transmission")
public class Transmission extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Column(name = "bordereau_id", nullable = false)
    public UUID bordereauId;

    @Column(name = "request_id", nullable = false)
    public UUID requestId;

    /** The dossier version sent: immutable, so the département always downloads what was sent. */
    @Column(name = "dossier_version_id", nullable = false)
    public UUID dossierVersionId;

    @Column(nullable = false, length = 3)
    public String departement;

    @Column(nullable = false)
    public int position;

    /** PREPAREE (draft bordereau), ENVOYEE, RECUE (acknowledged), DECIDEE. */
    @Column(nullable = false, length = 12)
    public String status;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "change_seq")
    public Long changeSeq;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    @Column(name = "received_on")
    public LocalDate receivedOn;

    @Column(name = "departement_reference", length = 100)
    public String departementReference;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(length = 8)
    public String decision;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @Column(name = "amount_cents")
    public Long amountCents;

    @Column(name = "effective_on")
    public LocalDate effectiveOn;

    /** GIR retained by the département (APA), 1 to 6. */
    public Integer gir;

    /** The plan d'aide (APA à domicile), as the département summarises it. */
    @Column(name = "plan_aide")
    public String planAide;

    public String motif;

    @Version
    public int version;
}
