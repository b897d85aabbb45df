package fr.entraide.transmission.outbox;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A webhook receiver as an integrator would write it: verifies the signature, deduplicates on the
 * event id, counts the effects (one per distinct event) and every request received.
 */
final class Receiver implements AutoCloseable {

    private static final Pattern EVENT_ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    record Received(String eventId, String type, String signature, String body, boolean valid) {
    }

    final List<Received> requests = new CopyOnWriteArrayList<>();
    final Set<String> processed = ConcurrentHashMap.newKeySet();
    final AtomicInteger effects = new AtomicInteger();
    final Map<String, Integer> effectsByType = new ConcurrentHashMap<>();
    private final HttpServer server;

    Receiver(int port, String secret) throws IOException {
        this(port, secret, Clock::systemUTC);
    }

    /** The clock is the receiver's own; tests move it with the application's. */
    Receiver(int port, String secret, java.util.function.Supplier<Clock> clock) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String signature = exchange.getRequestHeaders().getFirst("Entraide-Signature");
            boolean valid = new WebhookVerifier(secret, Duration.ofMinutes(5), clock.get()).verify(signature, body);
            Matcher m = EVENT_ID.matcher(body);
            String id = m.find() ? m.group(1) : null;
            String type = exchange.getRequestHeaders().getFirst("Entraide-Event-Type");
            requests.add(new Received(id, type, signature, body, valid));
            if (!valid) {
                exchange.sendResponseHeaders(401, -1);
            } else {
                if (id != null && processed.add(id)) {
                    effects.incrementAndGet();
                    effectsByType.merge(type, 1, Integer::sum);
                }
                exchange.sendResponseHeaders(204, -1);
            }
            exchange.close();
        });
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    List<Received> of(String type) {
        return requests.stream().filter(r -> type.equals(r.type())).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
