import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dossier generation through the API (bench/dossiers.sh starts the service): sets up complete
 * APA and ASH requests, times single generations of each kind, then a batch, sampling the
 * service's heap from /q/metrics meanwhile. No dependency: run with `java DossierBench.java`.
 */
public class DossierBench {

    static final String BASE = System.getenv().getOrDefault("BENCH_BASE", "http://127.0.0.1:8097");
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public static void main(String[] args) throws Exception {
        int samples = Integer.parseInt(System.getenv().getOrDefault("BENCH_SAMPLES", "200"));
        int batch = Integer.parseInt(System.getenv().getOrDefault("BENCH_DOSSIERS", "1000"));
        int perKind = Integer.parseInt(System.getenv().getOrDefault("BENCH_REQUESTS", "40"));
        int clients = Integer.parseInt(System.getenv().getOrDefault("BENCH_DOSSIER_CLIENTS", "2"));

        String admin = login("admin@entraide.local", System.getenv("BENCH_ADMIN_PASSWORD"));
        send("POST", "/api/admin/organisation/communes", admin, "{\"inseeCode\":\"38052\"}");
        String instructeur = agent(admin, "instructeur.dossiers@bench.entraide.local", "INSTRUCTEUR", "Inès", "Instructrice");
        String president = agent(admin, "president.dossiers@bench.entraide.local", "PRESIDENT", "Paul", "Président");
        String catalogue = send("GET", "/api/catalogue", instructeur, null);
        String apaType = idOf(catalogue, "APA_DOMICILE");
        String ashType = idOf(catalogue, "ASH_PA");

        long setUp = System.nanoTime();
        List<String> apa = new ArrayList<>();
        List<String> ash = new ArrayList<>();
        for (int i = 0; i < perKind; i++) {
            apa.add(request(instructeur, president, apaType, person(instructeur, 2 * i + 1, false), false));
            ash.add(request(instructeur, president, ashType, person(instructeur, 2 * i + 2, true), true));
        }
        System.out.printf("Set-up: %d APA and %d ASH requests, complete, in %.1f s%n", perKind, perKind, (System.nanoTime() - setUp) / 1e9);

        for (int i = 0; i < 20; i++) {
            generate(instructeur, apa.get(i % apa.size()));
            generate(instructeur, ash.get(i % ash.size()));
        }
        report("APA à domicile (cerfa 16301*01), one dossier", time(instructeur, apa, samples));
        report("ASH personnes âgées, one dossier", time(instructeur, ash, samples));

        List<String> all = new ArrayList<>(apa);
        all.addAll(ash);
        AtomicLong peak = new AtomicLong(heapUsed());
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                try {
                    peak.accumulateAndGet(heapUsed(), Math::max);
                    Thread.sleep(100);
                } catch (Exception e) {
                    return;
                }
            }
        });
        long before = heapUsed();
        sampler.start();
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                futures.add(pool.submit(() -> {
                    for (int n = next.getAndIncrement(); n < batch; n = next.getAndIncrement()) {
                        generate(instructeur, all.get(n % all.size()));
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        running.set(false);
        sampler.join();
        System.out.printf("Batch: %d dossiers (half APA, half ASH), %d clients: %.1f s (%.0f dossiers/s); service heap used before %d MiB, peak %d MiB (max %d MiB)%n",
                batch, clients, seconds, batch / seconds, before >> 20, peak.get() >> 20, heapMax() >> 20);
        System.out.printf("Targets: p95 < 100 ms a dossier; %d dossiers < 60 s.%n", batch);
    }

    static long[] time(String token, List<String> requests, int samples) throws Exception {
        long[] millis = new long[samples];
        for (int i = 0; i < samples; i++) {
            long t = System.nanoTime();
            generate(token, requests.get(i % requests.size()));
            millis[i] = (System.nanoTime() - t) / 1_000;
        }
        Arrays.sort(millis);
        return millis;
    }

    static void report(String label, long[] micros) {
        System.out.printf("%s: p50 %.1f ms, p95 %.1f ms, max %.1f ms (%d samples)%n", label, micros[micros.length / 2] / 1000.0,
                micros[(int) Math.ceil(micros.length * 0.95) - 1] / 1000.0, micros[micros.length - 1] / 1000.0, micros.length);
    }

    static void generate(String token, String request) throws Exception {
        send("POST", "/api/aid-requests/" + request + "/dossier", token, null, 201);
    }

    static String person(String token, int n, boolean ash) throws Exception {
        int month = 1 + n % 12;
        String body13 = String.format("240%02d38185%03d", month, 1 + n % 999);
        long key = 97 - Long.parseLong(body13) % 97;
        String nir = body13 + String.format("%02d", key);
        String obliges = ash ? ",\"obligesAlimentaires\":[{\"relationship\":\"ENFANT\",\"lastName\":\"Lefèvre\",\"firstName\":\"Anaïs\","
                + "\"address\":\"5 rue de l'Église, 38000 Grenoble\",\"phone\":\"06 11 22 33 44\"},{\"relationship\":\"GENDRE_BELLE_FILLE\","
                + "\"lastName\":\"Lemaître\",\"firstName\":\"Chloé\",\"address\":\"12 chemin des Prés, 38220 Vizille\"}]" : "";
        String json = "{\"birthName\":\"Bénard\",\"usageName\":\"Gérôme\",\"firstNames\":[\"Hélène\",\"" + word(n) + "\"],\"sex\":\"FEMALE\","
                + "\"birthDate\":\"1940-" + String.format("%02d-%02d", month, 1 + n % 28) + "\",\"birthPlace\":{\"code\":\"38185\"},\"nationality\":\"FRENCH\","
                + "\"nir\":\"" + nir + "\",\"phone\":\"04 76 11 22 33\",\"familySituation\":\"VEUF\","
                + "\"address\":{\"street\":\"7 rue de l'Église\",\"postcode\":\"38520\",\"communeCode\":\"38052\",\"livingSituation\":\""
                + (ash ? "EHPAD" : "PROPRIETAIRE") + "\"},"
                + "\"resources\":[{\"type\":\"RETRAITE_BASE\",\"monthlyAmountCents\":112350,\"owner\":\"BENEFICIAIRE\",\"payer\":\"CARSAT Rhône-Alpes\"},"
                + "{\"type\":\"RETRAITE_COMPLEMENTAIRE\",\"monthlyAmountCents\":31000,\"owner\":\"BENEFICIAIRE\",\"payer\":\"AGIRC-ARRCO\"}],"
                + "\"pensionFunds\":[{\"kind\":\"PRINCIPALE\",\"name\":\"CARSAT Rhône-Alpes\",\"memberNumber\":\"77-" + n + "\"}],"
                + "\"gir\":{\"level\":3,\"evaluatedOn\":\"2025-01-15\",\"assessor\":\"Équipe médico-sociale de l'Isère\"},"
                + "\"aidant\":{\"name\":\"Jérôme Bénard\",\"relationship\":\"fils\",\"phone\":\"06 98 76 54 32\"}" + obliges + "}";
        return field(send("POST", "/api/beneficiaries", token, json, 201), "id");
    }

    /** Letters only, one word per person: the duplicate check compares names and birth dates. */
    static String word(int n) {
        StringBuilder word = new StringBuilder("Z");
        for (int v = n; v > 0; v /= 26) {
            word.append((char) ('a' + v % 26));
        }
        return word.toString();
    }

    static String request(String token, String president, String type, String person, boolean ash) throws Exception {
        String accommodation = ash ? ",\"accommodation\":{\"establishment\":\"EHPAD Les Écrins\",\"finess\":\"380012345\",\"entryOn\":\"2025-01-06\","
                + "\"habilitated\":true}" : "";
        String created = send("POST", "/api/aid-requests", token, "{\"beneficiaryId\":\"" + person + "\",\"aidTypeId\":\"" + type + "\""
                + accommodation + "}", 201);
        String id = field(created, "id");
        send("POST", "/api/aid-requests/" + id + "/transitions", token, "{\"action\":\"DEPOSER\"}", 200);
        Matcher pieces = Pattern.compile("\\{\"code\":\"([A-Z0-9_]+)\",\"label\":\"[^\"]*\",\"required\":true").matcher(created);
        while (pieces.find()) {
            send("PUT", "/api/aid-requests/" + id + "/pieces/" + pieces.group(1), token, null, 200);
        }
        if (ash) {
            send("POST", "/api/aid-requests/" + id + "/transitions", token, "{\"action\":\"DECLARER_COMPLETE\"}", 200);
            send("POST", "/api/aid-requests/" + id + "/transitions", president, "{\"action\":\"RENDRE_AVIS\",\"avis\":\"FAVORABLE\","
                    + "\"motivation\":\"Ressources insuffisantes pour régler les frais d'hébergement.\"}", 200);
        }
        return id;
    }

    static String agent(String admin, String email, String role, String first, String last) throws Exception {
        String password = "Bench-" + role + "-2026";
        send("POST", "/api/admin/agents", admin, "{\"email\":\"" + email + "\",\"password\":\"" + password + "\",\"firstName\":\"" + first
                + "\",\"lastName\":\"" + last + "\",\"roles\":[\"" + role + "\"],\"communes\":[]}", 201);
        return login(email, password);
    }

    static String login(String email, String password) throws Exception {
        return field(send("POST", "/api/auth/login", null, "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}", 200), "accessToken");
    }

    static String idOf(String catalogue, String code) {
        Matcher m = Pattern.compile("\\{\"id\":\"([0-9a-f-]{36})\"[^{}]*?\"code\":\"" + code + "\"").matcher(catalogue);
        if (!m.find()) {
            throw new IllegalStateException("no " + code + " in the catalogue");
        }
        return m.group(1);
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }

    static String send(String method, String path, String token, String body) throws Exception {
        return send(method, path, token, body, -1);
    }

    static String send(String method, String path, String token, String body, int expected) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").header("Accept", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (expected > 0 && response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    static long heapUsed() throws Exception {
        return heap("jvm_memory_used_bytes");
    }

    static long heapMax() throws Exception {
        return heap("jvm_memory_max_bytes");
    }

    /** Sum over the heap pools of a JVM memory gauge, read from the service's Prometheus metrics. */
    static long heap(String metric) throws Exception {
        HttpResponse<String> metrics = HTTP.send(HttpRequest.newBuilder(URI.create(BASE + "/q/metrics")).header("Accept", "text/plain")
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        String text = metrics.body();
        long total = 0;
        for (String line : text.split("\n")) {
            if (line.startsWith(metric + "{") && line.contains("area=\"heap\"")) {
                double value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                if (value > 0) {
                    total += (long) value;
                }
            }
        }
        return total;
    }
}
