package fr.entraide.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Counts failed logins per e-mail (existing or not) and locks the e-mail for a while after too
 * many. Each method commits on its own, so a failure is counted even though the login fails.
 */
@ApplicationScoped
public class LoginThrottle {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @ConfigProperty(name = "entraide.auth.max-failed-attempts")
    int maxFailedAttempts;

    @ConfigProperty(name = "entraide.auth.lock-minutes")
    int lockMinutes;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Instant> lockedUntil(String emailKey) {
        List<?> rows = em.createNativeQuery("select locked_until from login_throttle where email_key = ?1 and locked_until > ?2")
                .setParameter(1, emailKey)
                .setParameter(2, now())
                .getResultList();
        return rows.stream().findFirst().map(LoginThrottle::toInstant);
    }

    /** Records a failure; returns the lock end when this failure locks the e-mail. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Instant> recordFailure(String emailKey) {
        OffsetDateTime now = now();
        OffsetDateTime windowStart = now.minus(Duration.ofMinutes(lockMinutes));
        Number failures = (Number) em.createNativeQuery("""
                insert into login_throttle (email_key, failures, last_failure_at, locked_until)
                values (?1, 1, ?2, null)
                on conflict (email_key) do update
                   set failures = case when login_throttle.last_failure_at < ?3
                                         or login_throttle.locked_until is not null
                                       then 1 else login_throttle.failures + 1 end,
                       last_failure_at = ?2,
                       locked_until = null
                returning failures""")
                .setParameter(1, emailKey)
                .setParameter(2, now)
                .setParameter(3, windowStart)
                .getSingleResult();
        if (failures.intValue() < maxFailedAttempts) {
            return Optional.empty();
        }
        OffsetDateTime until = now.plus(Duration.ofMinutes(lockMinutes));
        em.createNativeQuery("update login_throttle set locked_until = ?2 where email_key = ?1")
                .setParameter(1, emailKey)
                .setParameter(2, until)
                .executeUpdate();
        return Optional.of(until.toInstant());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void clear(String emailKey) {
        em.createNativeQuery("delete from login_throttle where email_key = ?1").setParameter(1, emailKey).executeUpdate();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
    }
}
