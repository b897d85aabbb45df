package fr.entraide.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One refresh token of a login session. Tokens of a session form a family; each is used once and
 * replaced. Presenting a spent token again means it was stolen: the whole family is revoked.
 */
@Entity
@Table(name = "refresh_token")
public class RefreshToken extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "family_id", nullable = false)
    public UUID familyId;

    @Column(name = "agent_id", nullable = false)
    public UUID agentId;

    /** SHA-256 of the token: the token itself is only ever in the browser's cookie. */
    @Column(name = "token_hash", nullable = false, unique = true)
    public String tokenHash;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "used_at")
    public Instant usedAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    public static long revokeFamily(UUID familyId, Instant now) {
        return update("revokedAt = ?1 where familyId = ?2 and revokedAt is null", now, familyId);
    }

    public static long revokeAllOf(UUID agentId, Instant now) {
        return update("revokedAt = ?1 where agentId = ?2 and revokedAt is null", now, agentId);
    }
}
