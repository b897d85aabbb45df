package fr.entraide.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Requests per minute per partner client, in fixed one-minute windows held in memory: enough for
 * one instance (several instances each allow the limit, which the deployment guide says).
 */
@ApplicationScoped
public class PartnerRateLimiter {

    private record Window(long minute, int count) {
    }

    @ConfigProperty(name = "entraide.partner.rate-limit-per-minute", defaultValue = "120")
    int defaultPerMinute;

    @Inject
    Clock clock;

    private final Map<UUID, Window> windows = new ConcurrentHashMap<>();

    /** Counts one request; empty when allowed, else the seconds to wait (Retry-After). */
    public OptionalLong acquire(UUID clientId, Integer perMinute) {
        int limit = perMinute != null ? perMinute : defaultPerMinute;
        long now = clock.millis();
        long minute = now / 60_000;
        Window window = windows.compute(clientId, (id, w) -> w == null || w.minute() != minute
                ? new Window(minute, 1) : new Window(minute, w.count() + 1));
        if (window.count() <= limit) {
            return OptionalLong.empty();
        }
        long retryAfter = Math.max(1, ((minute + 1) * 60_000 - now + 999) / 1000);
        return OptionalLong.of(retryAfter);
    }
}
