import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The webhook receiver of bench/outbox.sh: verifies each signature (HMAC-SHA256 of t + "." + body,
 * as docs/api-guide.md §10 describes), deduplicates on the event id, answers 204 after an optional
 * delay. GET /stats answers "<requests> <distinct events> <bad signatures>".
 *
 *   java OutboxReceiver.java PORT SECRET [DELAY_MS]
 */
public final class OutboxReceiver {

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        byte[] secret = args[1].getBytes(StandardCharsets.UTF_8);
        long delay = args.length > 2 ? Long.parseLong(args[2]) : 0;
        AtomicLong requests = new AtomicLong();
        AtomicLong bad = new AtomicLong();
        Set<String> events = ConcurrentHashMap.newKeySet();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 512);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.incrementAndGet();
            String header = exchange.getRequestHeaders().getFirst("Entraide-Signature");
            if (!valid(secret, header, body)) {
                bad.incrementAndGet();
                exchange.sendResponseHeaders(401, -1);
                exchange.close();
                return;
            }
            if ("bench.event".equals(exchange.getRequestHeaders().getFirst("Entraide-Event-Type"))) {
                events.add(exchange.getRequestHeaders().getFirst("Entraide-Event-Id"));
            }
            if (delay > 0) {
                try {
                    Thread.sleep(delay);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.createContext("/stats", exchange -> {
            byte[] out = (requests.get() + " " + events.size() + " " + bad.get() + "\n").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, out.length);
            exchange.getResponseBody().write(out);
            exchange.close();
        });
        server.start();
        System.out.println("ready on " + port);
    }

    private static boolean valid(byte[] secret, String header, String body) {
        if (header == null) {
            return false;
        }
        String t = null;
        String v1 = null;
        for (String part : header.split(",")) {
            String[] kv = part.trim().split("=", 2);
            if (kv.length == 2 && kv[0].equals("t")) {
                t = kv[1];
            } else if (kv.length == 2 && kv[0].equals("v1")) {
                v1 = kv[1];
            }
        }
        if (t == null || v1 == null || Math.abs(System.currentTimeMillis() / 1000 - Long.parseLong(t)) > 300) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return MessageDigest.isEqual(mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8)), HexFormat.of().parseHex(v1));
        } catch (Exception e) {
            return false;
        }
    }
}
