package fr.entraide.orientation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A person oriented by the CCAS to a CAF or MSA, with the person's consent, and the answer. */
@Entity
@Table(name = "orientation")
public class Orientation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Column(nullable = false, length = 20)
    public String reference;

    @Column(name = "beneficiary_id", nullable = false)
    public UUID beneficiaryId;

    @Column(name = "commune_code", length = 5)
    public String communeCode;

    /** The recipient: a CAF or MSA partner client of the organisation. */
    @Column(name = "partner_id", nullable = false)
    public UUID partnerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public OrientationMotif motif;

    @Column(nullable = false)
    public String message;

    @Column(name = "consent_on", nullable = false)
    public LocalDate consentOn;

    /** ECRIT or ORAL. */
    @Column(name = "consent_mode", nullable = false, length = 10)
    public String consentMode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public OrientationStatus status;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    @Column(name = "partner_reference", length = 100)
    public String partnerReference;

    @Enumerated(EnumType.STRING)
    @Column(name = "answer_status", length = 20)
    public OrientationOutcome answerStatus;

    @Column(name = "answer_comment")
    public String answerComment;

    @Column(name = "answered_at")
    public Instant answeredAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public UUID createdBy;

    /** The partner's pull cursor: raised at each change the partner should see. */
    @Column(name = "change_seq", nullable = false)
    public long changeSeq;

    @Version
    public int version;
}
