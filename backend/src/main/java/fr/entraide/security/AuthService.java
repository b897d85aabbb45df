package fr.entraide.security;

import fr.entraide.audit.AuditLog;
import fr.entraide.common.ProblemException;
import fr.entraide.common.ProblemType;
import fr.entraide.organisation.Agent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Staff login, refresh-token rotation and logout. */
@ApplicationScoped
public class AuthService {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    LoginThrottle throttle;

    @Inject
    PasswordHasher hasher;

    @Inject
    TokenIssuer tokens;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @ConfigProperty(name = "entraide.auth.refresh-token-days")
    int refreshTokenDays;

    /** A new access token for an agent, with the refresh token that will replace it. */
    public record Session(Agent agent, String accessToken, String refreshToken, Duration refreshLifetime) {
    }

    @Transactional(dontRollbackOn = ProblemException.class)
    public Session login(String email, String password) {
        String key = Agent.emailKey(email);
        Optional<Instant> locked = throttle.lockedUntil(key);
        if (locked.isPresent()) {
            throw lockedProblem(locked.get());
        }
        Optional<Agent> agent = Agent.findByEmail(key);
        boolean valid;
        if (agent.isPresent()) {
            valid = hasher.matches(password, agent.get().passwordHash) && agent.get().enabled;
        } else {
            hasher.burn(password);
            valid = false;
        }
        if (!valid) {
            Optional<Instant> lockedNow = throttle.recordFailure(key);
            audit.system(agent.map(a -> a.organisationId).orElse(null), "LOGIN_FAILED", "agent",
                    agent.map(a -> a.id.toString()).orElse(null), Map.of("locked", lockedNow.isPresent()));
            throw new ProblemException(ProblemType.INVALID_CREDENTIALS,
                    "Adresse électronique ou mot de passe incorrect.");
        }
        throttle.clear(key);
        Agent found = agent.get();
        found.lastLoginAt = clock.instant();
        audit.system(found.organisationId, "LOGIN", "agent", found.id.toString(), Map.of());
        return open(found, UUID.randomUUID());
    }

    /** Exchanges a refresh token for a new pair; a spent token revokes its whole family. */
    @Transactional(dontRollbackOn = ProblemException.class)
    public Session refresh(String rawToken) {
        if (rawToken == null || rawToken.isBlank() || rawToken.length() > 200) {
            throw sessionExpired();
        }
        Instant now = clock.instant();
        RefreshToken token = RefreshToken.<RefreshToken>find("tokenHash", hash(rawToken))
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult();
        if (token == null) {
            throw sessionExpired();
        }
        if (token.usedAt != null) {
            // A spent token presented again: someone kept a copy. End the whole session.
            RefreshToken.revokeFamily(token.familyId, now);
            Agent owner = Agent.findById(token.agentId);
            audit.system(owner == null ? null : owner.organisationId, "REFRESH_TOKEN_REUSED", "agent",
                    token.agentId.toString(), Map.of());
            throw sessionExpired();
        }
        if (token.revokedAt != null) {
            throw sessionExpired();
        }
        if (token.expiresAt.isBefore(now)) {
            throw sessionExpired();
        }
        Agent agent = Agent.findById(token.agentId);
        if (agent == null || !agent.enabled) {
            RefreshToken.revokeFamily(token.familyId, now);
            throw sessionExpired();
        }
        token.usedAt = now;
        return open(agent, token.familyId);
    }

    @Transactional
    public void logout(String rawToken) {
        if (rawToken == null || rawToken.isBlank() || rawToken.length() > 200) {
            return;
        }
        RefreshToken token = RefreshToken.find("tokenHash", hash(rawToken)).firstResult();
        if (token != null) {
            RefreshToken.revokeFamily(token.familyId, clock.instant());
        }
    }

    private Session open(Agent agent, UUID familyId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String raw = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Duration lifetime = Duration.ofDays(refreshTokenDays);
        RefreshToken token = new RefreshToken();
        token.id = UUID.randomUUID();
        token.familyId = familyId;
        token.agentId = agent.id;
        token.tokenHash = hash(raw);
        token.createdAt = clock.instant();
        token.expiresAt = token.createdAt.plus(lifetime);
        token.persist();
        String access = tokens.staffToken(agent.id, agent.organisationId, agent.roles);
        return new Session(agent, access, raw, lifetime);
    }

    private static ProblemException sessionExpired() {
        return new ProblemException(ProblemType.UNAUTHORIZED, "La session a expiré ; reconnectez-vous.");
    }

    private ProblemException lockedProblem(Instant until) {
        long seconds = Math.max(1, Duration.between(clock.instant(), until).toSeconds());
        long minutes = (seconds + 59) / 60;
        return new ProblemException(ProblemType.ACCOUNT_LOCKED,
                "Trop de tentatives de connexion échouées : compte verrouillé. Réessayez dans " + minutes
                        + (minutes > 1 ? " minutes." : " minute."),
                java.util.List.of(), Map.of("Retry-After", Long.toString(seconds)));
    }

    static String hash(String raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
