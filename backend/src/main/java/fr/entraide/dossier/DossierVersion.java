package fr.entraide.dossier;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One generated version of a request's dossier: never updated (a database trigger refuses it). */
@Entity
@Immutable
@Table(name = "dossier_version")
public class DossierVersion extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Column(name = "request_id", nullable = false)
    public UUID requestId;

    @Column(nullable = false)
    public int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public DossierKind kind;

    @Column(nullable = false)
    public boolean draft;

    @Column(name = "schema_version", nullable = false, length = 40)
    public String schemaVersion;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    public byte[] pdf;

    @Column(name = "pdf_sha256", nullable = false, length = 64)
    public String pdfSha256;

    @Column(name = "pdf_size", nullable = false)
    public long pdfSize;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    public byte[] json;

    @Column(name = "json_sha256", nullable = false, length = 64)
    public String jsonSha256;

    /** JSON array of the document paths that changed since the previous version. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String changes;

    @Column(name = "created_by")
    public UUID createdBy;

    @Column(name = "created_by_name")
    public String createdByName;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
