package fr.entraide.transmission.outbox;

import fr.entraide.security.crypto.FieldCipher;
import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Delivers the outbox to webhooks, at least once. Each run claims due deliveries with
 * {@code FOR UPDATE SKIP LOCKED} and a lease, so several workers (or instances) never send the
 * same row at the same time, and a worker that dies mid-delivery leaves a lease that expires: the
 * row is then taken again, never lost. Failures are retried with exponential backoff up to a cap,
 * across restarts since the state is in PostgreSQL. A result is written only by the holder of the
 * lease. The event id is stable across attempts so that receivers can deduplicate.
 */
@ApplicationScoped
public class OutboxWorker {

    private static final Logger LOG = Logger.getLogger(OutboxWorker.class);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    FieldCipher cipher;

    @Inject
    Clock clock;

    @ConfigProperty(name = "entraide.outbox.batch-size", defaultValue = "50")
    int batchSize;

    @ConfigProperty(name = "entraide.outbox.lease-seconds", defaultValue = "60")
    int leaseSeconds;

    @ConfigProperty(name = "entraide.outbox.backoff-base-seconds", defaultValue = "5")
    int backoffBaseSeconds;

    @ConfigProperty(name = "entraide.outbox.backoff-cap-seconds", defaultValue = "3600")
    int backoffCapSeconds;

    @ConfigProperty(name = "entraide.outbox.max-attempts", defaultValue = "20")
    int maxAttempts;

    @ConfigProperty(name = "entraide.outbox.timeout-seconds", defaultValue = "10")
    int timeoutSeconds;

    @ConfigProperty(name = "entraide.outbox.parallelism", defaultValue = "8")
    int parallelism;

    private HttpClient http;

    /** One claimed delivery, with what is needed to send it. */
    public record Claim(UUID deliveryId, UUID eventId, String type, String url, UUID subscriptionId, byte[] secret,
            String body, int attempts, Instant leaseUntil) {
    }

    private HttpClient http() {
        if (http == null) {
            http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(timeoutSeconds))
                    .followRedirects(HttpClient.Redirect.NEVER).build();
        }
        return http;
    }

    @Scheduled(every = "{entraide.outbox.poll}", identity = "outbox", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int delivered;
        do {
            delivered = runOnce();
        } while (delivered == batchSize);
    }

    /** Claims and sends one batch of due deliveries; returns how many were claimed. */
    public int runOnce() {
        List<Claim> claims = claim();
        if (claims.isEmpty()) {
            return 0;
        }
        if (claims.size() == 1 || parallelism <= 1) {
            claims.forEach(this::deliver);
        } else {
            try (var executor = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
                var semaphore = new java.util.concurrent.Semaphore(parallelism);
                for (Claim claim : claims) {
                    executor.submit(() -> {
                        semaphore.acquireUninterruptibly();
                        try {
                            deliver(claim);
                        } finally {
                            semaphore.release();
                        }
                    });
                }
            }
        }
        return claims.size();
    }

    /** Takes due rows (pending, due, not leased or lease expired) and leases them to this run. */
    public List<Claim> claim() {
        Instant now = clock.instant();
        Instant leaseUntil = now.plusSeconds(leaseSeconds).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        String sql = """
                with due as (
                  select id from webhook_delivery
                   where status = 'PENDING' and next_attempt_at <= ? and (lease_until is null or lease_until < ?)
                   order by next_attempt_at
                   limit ? for update skip locked)
                update webhook_delivery d set lease_until = ?, attempts = d.attempts + 1
                  from due, outbox_event e, webhook_subscription s
                 where d.id = due.id and e.id = d.event_id and s.id = d.subscription_id
                returning d.id, e.id, e.type, s.url, s.id, s.secret, e.payload::text, d.attempts
                """;
        List<Claim> claims = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            st.setObject(1, utc(now));
            st.setObject(2, utc(now));
            st.setInt(3, batchSize);
            st.setObject(4, utc(leaseUntil));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    claims.add(new Claim(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                            rs.getString(4), rs.getObject(5, UUID.class), rs.getBytes(6), rs.getString(7), rs.getInt(8),
                            leaseUntil));
                }
            }
        } catch (SQLException e) {
            LOG.warn("Outbox claim failed: " + e.getMessage());
            return List.of();
        }
        return claims;
    }

    /** Sends one claimed delivery and records the attempt and its outcome. */
    public void deliver(Claim claim) {
        Instant start = clock.instant();
        Integer status = null;
        String error = null;
        try {
            String secret = cipher.decrypt(claim.secret(), claim.subscriptionId().toString());
            long timestamp = start.getEpochSecond();
            HttpRequest request = HttpRequest.newBuilder(URI.create(claim.url()))
                    .timeout(Duration.ofSeconds(timeoutSeconds))
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Entraide-Webhooks/1")
                    .header("Entraide-Event-Id", claim.eventId().toString())
                    .header("Entraide-Event-Type", claim.type())
                    .header("Entraide-Delivery-Id", claim.deliveryId().toString())
                    .header(WebhookSignature.HEADER, WebhookSignature.header(secret, timestamp, claim.body()))
                    .POST(HttpRequest.BodyPublishers.ofString(claim.body(), StandardCharsets.UTF_8))
                    .build();
            HttpResponse<Void> response = http().send(request, HttpResponse.BodyHandlers.discarding());
            status = response.statusCode();
            if (status < 200 || status >= 300) {
                error = "Réponse HTTP " + status;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "Interrompu";
        } catch (Exception e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        record(claim, start, status, error);
    }

    private void record(Claim claim, Instant start, Integer status, String error) {
        Instant now = clock.instant();
        boolean ok = error == null;
        String outcome = ok ? "DELIVERED" : claim.attempts() >= maxAttempts ? "FAILED" : "PENDING";
        Instant next = ok ? now : now.plus(backoff(claim.attempts()));
        String truncated = error == null ? null : error.length() > 500 ? error.substring(0, 500) : error;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement update = c.prepareStatement("update webhook_delivery set status = ?, lease_until = null, "
                    + "next_attempt_at = ?, delivered_at = ?, last_error = ? where id = ? and lease_until = ?");
                    PreparedStatement attempt = c.prepareStatement("insert into webhook_attempt "
                            + "(delivery_id, attempted_at, http_status, error, duration_ms) values (?, ?, ?, ?, ?)")) {
                update.setString(1, outcome);
                update.setObject(2, utc(next));
                update.setObject(3, ok ? utc(now) : null);
                update.setString(4, truncated);
                update.setObject(5, claim.deliveryId());
                update.setObject(6, utc(claim.leaseUntil()));
                int updated = update.executeUpdate();
                attempt.setObject(1, claim.deliveryId());
                attempt.setObject(2, utc(start));
                attempt.setObject(3, status);
                attempt.setString(4, updated == 0 ? (truncated == null ? "" : truncated + " ; ") + "bail expiré, résultat ignoré"
                        : truncated);
                attempt.setInt(5, (int) Math.min(Integer.MAX_VALUE, Duration.between(start, now).toMillis()));
                attempt.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            LOG.warn("Outbox result not recorded (the lease will expire and the row be retried): " + e.getMessage());
        }
    }

    private static java.time.OffsetDateTime utc(Instant instant) {
        return instant.atOffset(java.time.ZoneOffset.UTC);
    }

    /** base × 2^(attempts-1), capped. */
    Duration backoff(int attempts) {
        long seconds = (long) backoffBaseSeconds << Math.min(30, Math.max(0, attempts - 1));
        return Duration.ofSeconds(Math.min(backoffCapSeconds, seconds));
    }
}
