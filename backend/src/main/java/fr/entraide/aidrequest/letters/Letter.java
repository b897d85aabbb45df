package fr.entraide.aidrequest.letters;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A letter produced for a request, kept as the PDF that was sent. */
@Entity
@Table(name = "letter")
public class Letter extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Column(name = "request_id", nullable = false)
    public UUID requestId;

    @Column(nullable = false, length = 24)
    public String kind;

    @Column(nullable = false)
    public String filename;

    @Column(nullable = false, length = 64)
    public String sha256;

    @Column(name = "storage_key", nullable = false, unique = true)
    public String storageKey;

    @Column(name = "created_by")
    public UUID createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
