package fr.entraide.aidrequest;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An aid of the organisation's catalogue, with the pièces it requires and its règlement rules. */
@Entity
@Table(name = "aid_type")
public class AidType extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Column(nullable = false, length = 40)
    public String code;

    @Column(nullable = false)
    public String label;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 11)
    public AidKind kind;

    @Column(name = "legal_family", length = 20)
    public String legalFamily;

    @Column(name = "ceiling_cents")
    public Long ceilingCents;

    @Column(name = "frequency_months")
    public Integer frequencyMonths;

    /** The barème as JSON (see Bareme). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String scale;

    /** The pièces justificatives as JSON: [{code, label, required}]. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String pieces;

    @Column(nullable = false)
    public boolean active = true;

    @Version
    public int version;
}
