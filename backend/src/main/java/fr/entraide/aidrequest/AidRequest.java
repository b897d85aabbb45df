package fr.entraide.aidrequest;

import fr.entraide.aidrequest.workflow.RequestStatus;
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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A request for an aid by a person of the file, instructed through its workflow. */
@Entity
@Table(name = "aid_request")
public class AidRequest extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Column(name = "beneficiary_id", nullable = false)
    public UUID beneficiaryId;

    @Column(name = "commune_code", length = 5)
    public String communeCode;

    @Column(name = "aid_type_id", nullable = false)
    public UUID aidTypeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 11)
    public AidKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public RequestStatus status;

    /** Human reference, e.g. 2026-000042: what the agent writes on letters and the phone. */
    @Column(nullable = false, length = 20)
    public String reference;

    /** Date de dépôt: starts the one-month transmission clock for legal aid. */
    @Column(name = "deposited_on")
    public LocalDate depositedOn;

    @Column(length = 12)
    public String channel;

    @Column(name = "requested_amount_cents")
    public Long requestedAmountCents;

    @Column(name = "proposed_amount_cents")
    public Long proposedAmountCents;

    @Column(name = "granted_amount_cents")
    public Long grantedAmountCents;

    @Column(length = 11)
    public String avis;

    @Column(name = "avis_motivation")
    public String avisMotivation;

    @Column(name = "avis_by")
    public UUID avisBy;

    @Column(name = "avis_on")
    public LocalDate avisOn;

    @Column(name = "transmitted_on")
    public LocalDate transmittedOn;

    @Column(length = 8)
    public String decision;

    @Column(name = "decision_on")
    public LocalDate decisionOn;

    @Column(name = "effective_on")
    public LocalDate effectiveOn;

    @Column(name = "closed_reason", length = 20)
    public String closedReason;

    @Column(name = "commission_session_id")
    public UUID commissionSessionId;

    /** Why an administrator granted beyond the remaining budget. */
    @Column(name = "budget_override_reason")
    public String budgetOverrideReason;

    /** Elderly-person ASH: the applicant declares having no obligé alimentaire (DOMAIN.md §9 rule 21). */
    @Column(name = "dossier_no_obliges", nullable = false)
    public boolean dossierNoObliges;

    /** Pièces checklist and aid-specific data (see RequestDetails), as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String details;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by")
    public UUID createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int version;
}
