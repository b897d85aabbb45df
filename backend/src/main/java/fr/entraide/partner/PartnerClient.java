package fr.entraide.partner;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** API credentials of a partner body, registered by an organisation's administrator. */
@Entity
@Table(name = "partner_client")
public class PartnerClient extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    /** The public half of the credentials (OAuth client_id). */
    @Column(name = "client_id", nullable = false, unique = true)
    public String clientId;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    public PartnerType type;

    /** For a département: its code, which later routes transmissions to it. */
    @Column(length = 3)
    public String departement;

    /** bcrypt hash of the secret; the secret itself is shown once, at creation. */
    @Column(name = "secret_hash", nullable = false)
    public String secretHash;

    /** During a rotation, the previous secret's hash: valid until an administrator retires it. */
    @Column(name = "previous_secret_hash")
    public String previousSecretHash;

    @Column(name = "secret_rotated_at")
    public Instant secretRotatedAt;

    /** Requests per minute allowed to this client; null for the configured default. */
    @Column(name = "rate_limit_per_minute")
    public Integer rateLimitPerMinute;

    @Column(nullable = false)
    public boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by")
    public UUID createdBy;

    @Column(name = "last_used_at")
    public Instant lastUsedAt;

    @Version
    public int version;
}
