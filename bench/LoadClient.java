/*
 * The load client of `make bench` (bench/run.sh), one file run by the JDK's source launcher:
 *
 *   java bench/LoadClient.java queries  NAMES_TSV OUT [COUNT] [SEED]
 *   java bench/LoadClient.java token    BASE_URL EMAIL PASSWORD
 *   java bench/LoadClient.java agent    BASE_URL ADMIN_TOKEN EMAIL PASSWORD
 *   java bench/LoadClient.java api      search|get INPUT OUT BASE_URL TOKEN
 *   java -cp postgresql.jar bench/LoadClient.java db search|get INPUT OUT JDBC_URL USER PASSWORD ORGANISATION AGENT
 *   java bench/LoadClient.java report   OUT_MD KEY=VALUE... -- RESULT_FILES...
 *
 * "api" sends the requests of the scenario to the running service; "db" runs, over JDBC, the SQL
 * statements the service runs for the same request (copied from BeneficiaryService.search and
 * .get, in the same transaction, with the same driver): the difference is what the service adds
 * on top of PostgreSQL. Both keep BENCH_CLIENTS (16) clients busy, each sending its next request
 * as soon as the previous one answered (closed loop), for BENCH_WARMUP seconds unmeasured then
 * BENCH_DURATION seconds measured, and write count, errors, throughput and latency percentiles.
 */

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class LoadClient {

    static final int CLIENTS = intEnv("BENCH_CLIENTS", 16);
    static final int WARMUP_SECONDS = intEnv("BENCH_WARMUP", 15);
    static final int DURATION_SECONDS = intEnv("BENCH_DURATION", 60);

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage();
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "queries" -> queries(rest);
            case "token" -> System.out.println(token(rest[0], rest[1], rest[2]));
            case "agent" -> agent(rest);
            case "api" -> load(rest[0], "api", lines(rest[1]), Path.of(rest[2]), apiRequest(rest[0], rest[3], rest[4]));
            case "db" -> load(rest[0], "db", lines(rest[1]), Path.of(rest[2]),
                    dbRequest(rest[0], rest[3], rest[4], rest[5], UUID.fromString(rest[6]), UUID.fromString(rest[7])));
            case "report" -> report(rest);
            default -> usage();
        }
    }

    static void usage() {
        System.err.println("usage: see the comment at the top of bench/LoadClient.java");
        System.exit(2);
    }

    // ------------------------------------------------------------------------------- queries

    /**
     * Turns sampled names (birth name, usage name, first names, tab-separated) into what an agent
     * types: lower case, no accents, surname and first name in either order, sometimes the usage
     * name or the surname alone, and one query in five with a typo.
     */
    static void queries(String[] args) throws IOException {
        List<String> names = lines(args[0]);
        int count = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
        Random random = new Random(args.length > 3 ? Long.parseLong(args[3]) : 42);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String[] cells = names.get(i % names.size()).split("\t", -1);
            String birthName = plain(cells[0]);
            String usageName = cells[1].isBlank() ? null : plain(cells[1]);
            String firstName = plain(cells[2].split(" ")[0]);
            double r = random.nextDouble();
            String surname = usageName != null && random.nextDouble() < 0.5 ? usageName : birthName;
            String query = r < 0.55 ? surname + " " + firstName : r < 0.70 ? firstName + " " + surname
                    : r < 0.85 ? surname : birthName + " " + firstName;
            if (random.nextDouble() < 0.2) {
                query = typo(query, random);
            }
            out.add(query);
        }
        Files.write(Path.of(args[1]), out, StandardCharsets.UTF_8);
        System.err.printf("%d queries written to %s, e.g. %s%n", out.size(), args[1], out.subList(0, Math.min(6, out.size())));
    }

    static String plain(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).trim();
    }

    /** One slip of the finger in the longest word: a letter dropped, doubled, swapped or replaced. */
    static String typo(String query, Random random) {
        String[] words = query.split(" ");
        int longest = 0;
        for (int i = 1; i < words.length; i++) {
            if (words[i].length() > words[longest].length()) {
                longest = i;
            }
        }
        String word = words[longest];
        if (word.length() < 5) {
            return query;
        }
        int at = 1 + random.nextInt(word.length() - 2);
        StringBuilder w = new StringBuilder(word);
        switch (random.nextInt(4)) {
            case 0 -> w.deleteCharAt(at);
            case 1 -> w.insert(at, w.charAt(at));
            case 2 -> {
                char c = w.charAt(at);
                w.setCharAt(at, w.charAt(at + 1));
                w.setCharAt(at + 1, c);
            }
            default -> w.setCharAt(at, "aeioulnrst".charAt(random.nextInt(10)));
        }
        words[longest] = w.toString();
        return String.join(" ", words);
    }

    // ------------------------------------------------------------------------------- API set-up

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    static String token(String base, String email, String password) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":" + json(email) + ",\"password\":" + json(password) + "}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
        if (response.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("login of " + email + " failed: HTTP " + response.statusCode() + " " + response.body());
        }
        return token.group(1);
    }

    /** Creates the INSTRUCTEUR agent of the benchmark unless it exists (409). */
    static void agent(String[] args) throws Exception {
        String body = "{\"email\":" + json(args[2]) + ",\"firstName\":\"Iris\",\"lastName\":\"Banc-d'essai\","
                + "\"roles\":[\"INSTRUCTEUR\"],\"password\":" + json(args[3]) + "}";
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(args[0] + "/api/admin/agents"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + args[1])
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201 && response.statusCode() != 409) {
            throw new IllegalStateException("agent creation failed: HTTP " + response.statusCode() + " " + response.body());
        }
    }

    static String json(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    // ------------------------------------------------------------------------------- the two targets

    /** One request of a scenario, run by one client; true when it succeeded. */
    interface Request {
        boolean run(String input) throws Exception;
    }

    /** A client's request factory: each client gets its own (its own JDBC connection, for instance). */
    interface Target {
        Request client() throws Exception;
    }

    /**
     * The API target. By default each client keeps one HTTP/1.1 connection open and writes and
     * reads its requests itself ({@link KeepAlive}): on two cores shared with the service and the
     * database, the JDK's HttpClient (its selector thread, futures and copies) cost more CPU per
     * request than some of the requests measured. BENCH_HTTP=jdk uses the JDK's client instead.
     */
    static Target apiRequest(String scenario, String base, String token) {
        boolean jdk = "jdk".equalsIgnoreCase(System.getenv("BENCH_HTTP"));
        return () -> {
            KeepAlive connection = jdk ? null : new KeepAlive(URI.create(base), token);
            return input -> {
                String path = scenario.equals("search")
                        ? "/api/beneficiaries?q=" + URLEncoder.encode(input, StandardCharsets.UTF_8)
                        : "/api/beneficiaries/" + input;
                if (connection != null) {
                    return connection.get(path);
                }
                HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
                        .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                        .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                return response.statusCode() == 200 && response.body().length > 0;
            };
        };
    }

    /**
     * One client's HTTP/1.1 connection, kept alive: a GET written in one go, the answer read up to
     * the end of its body (Content-Length or chunked). True for a 200 with a body. Reconnects when
     * the service closed the connection.
     */
    static final class KeepAlive {
        private final URI base;
        private final byte[] headers;
        private java.net.Socket socket;
        private java.io.InputStream in;
        private java.io.OutputStream out;

        KeepAlive(URI base, String token) {
            this.base = base;
            this.headers = (" HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort() + "\r\nAuthorization: Bearer " + token
                    + "\r\nAccept: application/json\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        }

        boolean get(String path) throws IOException {
            for (int attempt = 0; ; attempt++) {
                if (socket == null) {
                    socket = new java.net.Socket(base.getHost(), base.getPort());
                    socket.setTcpNoDelay(true);
                    socket.setSoTimeout(60_000);
                    in = new java.io.BufferedInputStream(socket.getInputStream(), 1 << 16);
                    out = socket.getOutputStream();
                }
                try {
                    byte[] line = ("GET " + path).getBytes(StandardCharsets.US_ASCII);
                    byte[] request = Arrays.copyOf(line, line.length + headers.length);
                    System.arraycopy(headers, 0, request, line.length, headers.length);
                    out.write(request);
                    out.flush();
                    return read();
                } catch (IOException e) {
                    socket.close();
                    socket = null;
                    if (attempt > 0) {
                        throw e;
                    }
                }
            }
        }

        private boolean read() throws IOException {
            String status = line();
            if (status == null) {
                throw new IOException("connection closed by the service");
            }
            int code = Integer.parseInt(status.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean close = false;
            for (String header = line(); header != null && !header.isEmpty(); header = line()) {
                String lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(header.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    close = true;
                }
            }
            long body = 0;
            if (chunked) {
                for (long chunk = Long.parseLong(line().split(";")[0].trim(), 16); chunk > 0;
                        chunk = Long.parseLong(line().split(";")[0].trim(), 16)) {
                    skip(chunk);
                    body += chunk;
                    line();
                }
                for (String trailer = line(); trailer != null && !trailer.isEmpty(); trailer = line()) {
                    // trailers are not used
                }
            } else if (length >= 0) {
                skip(length);
                body = length;
            }
            if (close) {
                socket.close();
                socket = null;
            }
            return code == 200 && body > 0;
        }

        private void skip(long n) throws IOException {
            while (n > 0) {
                long skipped = in.skip(n);
                if (skipped <= 0) {
                    if (in.read() < 0) {
                        throw new IOException("body cut short");
                    }
                    skipped = 1;
                }
                n -= skipped;
            }
        }

        /** A header line without its CRLF, or null at the end of the stream. */
        private String line() throws IOException {
            StringBuilder s = new StringBuilder();
            for (int c = in.read(); ; c = in.read()) {
                if (c < 0) {
                    return s.isEmpty() ? null : s.toString();
                }
                if (c == '\n') {
                    int end = s.length() > 0 && s.charAt(s.length() - 1) == '\r' ? s.length() - 1 : s.length();
                    return s.substring(0, end);
                }
                s.append((char) c);
            }
        }
    }

    // The statements below are those of the service, as PostgreSQL's statement log shows them for
    // GET /api/beneficiaries?q=… and GET /api/beneficiaries/{id} as an INSTRUCTEUR (CallerScope,
    // BeneficiaryService.search / get, AuditLog; commune names are cached by the service). Keep them in sync.

    static final String AGENT = "select a.enabled, a.organisation_id, "
            + "(select string_agg(r.role, ',') from agent_role r where r.agent_id = a.id), "
            + "(select string_agg(c.insee_code, ',') from agent_commune c where c.agent_id = a.id) "
            + "from agent a where a.id = ?";
    static final String GET = "select id, organisation_id, status, birth_name, usage_name, first_names, sex, birth_date, "
            + "birth_place_code, birth_place_label, nationality, nir_cipher, nir_index, phone, phone_digits, email, commune_code, "
            + "outside_territory, gir, referent_agent_id, notes_cipher, rgpd_informed_on, last_contact_on, archived_at, "
            + "anonymised_at, details, duplicate_reason, created_at, created_by, updated_at, updated_by, version "
            + "from beneficiary where organisation_id = ? and id = ?";
    /** AuditLog.agentRead around BeneficiaryService.READ: the record and the event that it was read, one statement. */
    static final String GET_AUDITED = "with found as (" + GET + "), audited as (insert into audit_event (occurred_at, "
            + "organisation_id, actor_type, actor_id, action, target_type, target_id, request_id, details) select ?, "
            + "found.organisation_id, 'AGENT', ?, ?, ?, found.id::text, ?, null from found) select * from found";

    /** BeneficiaryService.search for a name, an INSTRUCTEUR, status ACTIVE, first page of 20 (see searchNames). */
    static final String BASE = " from beneficiary_search b where b.organisation_id = ? and b.status = ?";
    static final String COLUMNS = "select b.id, b.status, b.birth_name, b.usage_name, b.first_names, b.sex, b.birth_date, "
            + "b.commune_code, b.gir, b.referent_agent_id, ";
    static final int NAME_COUNT_CAP = 200;
    static final int MAX_EXPANSIONS = 32;
    static final int MAX_CORRECTIONS = 5;
    static final String TOP = Character.toString(Character.MAX_CODE_POINT);

    /** BeneficiaryService.typed: the typed words, normalised and split, and the dictionary words each begins, in one statement. */
    static final String TYPED = "select t.n, t.word, e.word from (select s.word, s.n"
            + " from regexp_split_to_table(entraide_normalise(?), '[^[:alnum:]]+') with ordinality s(word, n)"
            + " where s.word <> '' order by s.n limit 6) t left join lateral (select w.word from name_word w"
            + " where w.organisation_id = ? and w.word >= t.word collate \"C\" and w.word < (t.word || chr(1114111)) collate \"C\""
            + " order by w.word limit " + (MAX_EXPANSIONS + 1) + ") e on true order by t.n, e.word";

    record Typed(List<String> words, List<List<String>> expansions) {
    }

    static Typed typed(Connection c, UUID organisation, String text) throws SQLException {
        List<String> words = new ArrayList<>();
        List<List<String>> expansions = new ArrayList<>();
        try (PreparedStatement statement = c.prepareStatement(TYPED)) {
            bind(statement, List.of(text, organisation));
            try (ResultSet rs = statement.executeQuery()) {
                long previous = -1;
                while (rs.next()) {
                    if (rs.getLong(1) != previous) {
                        previous = rs.getLong(1);
                        words.add(rs.getString(2));
                        expansions.add(new ArrayList<>());
                    }
                    if (rs.getString(3) != null) {
                        expansions.get(expansions.size() - 1).add(rs.getString(3));
                    }
                }
            }
        }
        for (int i = 0; i < words.size(); i++) {
            if (finishedParticle(words, i) && !expansions.get(i).isEmpty() && expansions.get(i).get(0).equals(words.get(i))) {
                expansions.set(i, List.of(words.get(i)));
            } else if (expansions.get(i).size() > MAX_EXPANSIONS) {
                expansions.set(i, null);
            }
        }
        return new Typed(words, expansions);
    }

    /**
     * NameDictionary.corrections: the service finds look-alikes in memory (pg_trgm's similarity over
     * the organisation's words, read again at most every minute), so no statement is sent for them;
     * the replay does the same from the words it read once.
     */
    static final Map<UUID, Map<String, Set<String>>> WORDS = new java.util.concurrent.ConcurrentHashMap<>();

    static List<List<String>> lookAlikes(Connection c, UUID organisation, List<String> typed) throws SQLException {
        Map<String, Set<String>> all = WORDS.get(organisation);
        if (all == null) {
            Map<String, Set<String>> read = new LinkedHashMap<>();
            try (PreparedStatement statement = c.prepareStatement("select word from name_word where organisation_id = ? order by word")) {
                statement.setObject(1, organisation);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        read.put(rs.getString(1), trigrams(rs.getString(1)));
                    }
                }
            }
            WORDS.put(organisation, all = read);
        }
        List<List<String>> found = new ArrayList<>();
        for (String word : typed) {
            Set<String> grams = trigrams(word);
            record Candidate(String word, float similarity) {
            }
            found.add(all.entrySet().stream().filter(e -> !e.getKey().startsWith(word)).map(e -> {
                String w = e.getKey();
                Set<String> other = e.getValue();
                long common = other.stream().filter(grams::contains).count();
                return new Candidate(w, (float) common / (float) (grams.size() + other.size() - common));
            }).filter(x -> x.similarity() >= 0.3f).sorted(java.util.Comparator.comparing(Candidate::similarity).reversed()
                    .thenComparing(Candidate::word)).limit(MAX_CORRECTIONS).map(Candidate::word).toList());
        }
        return found;
    }

    static Set<String> trigrams(String word) {
        String padded = "  " + word + " ";
        Set<String> grams = new java.util.HashSet<>();
        for (int i = 0; i + 3 <= padded.length(); i++) {
            grams.add(padded.substring(i, i + 3));
        }
        return grams;
    }

    static String lexeme(String word) {
        return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    static String alternatives(List<String> words) {
        return String.join(" | ", words.stream().distinct().map(LoadClient::lexeme).toList());
    }

    /** BeneficiaryService.exactQuery: one full-text query per typed word (each its own condition, so its own index key). */
    static List<String> exactQuery(List<String> words, List<List<String>> expansions) {
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            List<String> these = expansions.get(i);
            if (these != null && these.isEmpty()) {
                return null;
            }
            terms.add(these == null ? lexeme(words.get(i)) + ":*" : "(" + alternatives(these) + ")");
        }
        return terms;
    }

    /** BeneficiaryService.nearQuery: the misspelt words replaced, or (none misspelt) one word at a time. */
    static List<List<String>> nearQuery(List<String> words, List<List<String>> expansions, List<List<String>> corrections) {
        List<Integer> unknown = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (expansions.get(i) != null && expansions.get(i).isEmpty()) {
                unknown.add(i);
            }
        }
        List<List<String>> readings = new ArrayList<>();
        if (!unknown.isEmpty()) {
            if (unknown.stream().anyMatch(i -> corrections.get(i).isEmpty())) {
                return null;
            }
            readings.add(reading(words, expansions, corrections, unknown));
        } else {
            for (int i = 0; i < words.size(); i++) {
                if (!corrections.get(i).isEmpty()) {
                    readings.add(reading(words, expansions, corrections, List.of(i)));
                }
            }
        }
        return readings.isEmpty() ? null : readings;
    }

    static List<String> reading(List<String> words, List<List<String>> expansions, List<List<String>> corrections,
            List<Integer> replaced) {
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            List<String> these = expansions.get(i);
            terms.add(replaced.contains(i) ? "(" + alternatives(corrections.get(i)) + ")"
                    : these == null ? lexeme(words.get(i)) + ":*" : "(" + alternatives(these) + ")");
        }
        return terms;
    }

    /** BeneficiaryService.matchingAny. */
    static String matchingAny(List<List<String>> readings, List<Object> params) {
        if (readings.size() == 1) {
            return matching(readings.get(0), params);
        }
        StringBuilder sql = new StringBuilder("(");
        for (int r = 0; r < readings.size(); r++) {
            sql.append(r == 0 ? "(" : " or (").append(matching(readings.get(r), params)).append(")");
        }
        return sql.append(")").toString();
    }

    /** BeneficiaryService.matching: one condition per query, its parameters added. */
    static String matching(List<String> terms, List<Object> params) {
        params.addAll(terms);
        return String.join(" and ", java.util.Collections.nCopies(terms.size(), "b.search_words @@ to_tsquery('simple', ?)"));
    }

    /** BeneficiaryService.finishedParticle. */
    static boolean finishedParticle(List<String> words, int i) {
        return i < words.size() - 1 && words.get(i).length() <= 2;
    }

    /**
     * BeneficiaryService.leadsFirst: names beginning with each range in name order (covering index), then the rest;
     * each part one statement returning its rows and its count. Returns {rows, count}.
     */
    static long[] leadsFirst(Connection c, UUID organisation, String where, List<Object> params, List<String[]> ranges,
            String score, List<Object> scoreParams, boolean scored, boolean fewLikely, int wanted, Set<String> communes)
            throws SQLException {
        String restOrder = scored ? "score desc, b.search_name" : "b.search_name";
        if (fewLikely) {
            long[] all = ranked(c, where, params, ranges, score, scoreParams, scored, wanted, communes, false);
            if (all[1] <= NAME_COUNT_CAP) {
                return all;
            }
        }
        boolean overCap = fewLikely;
        int found = 0;
        long counted = 0;
        StringBuilder outside = new StringBuilder();
        List<Object> outsideParams = new ArrayList<>();
        for (int i = 0; i < ranges.size() && (overCap ? found < wanted : counted <= NAME_COUNT_CAP); i++) {
            String[] range = ranges.get(i);
            List<Object> bound = new ArrayList<>(params);
            bound.addAll(List.of(range[0], range[1]));
            int fetch = wanted - found;
            int countUpTo = overCap ? fetch : NAME_COUNT_CAP + 1 - (int) counted;
            if (fetch == 0) {
                counted += countCapped(c, where + " and b.search_name >= ? and b.search_name < ?", bound, countUpTo - 1);
            } else {
                // The ids' parameters first, then those of the score of the joined rows.
                bound.addAll(scoreParams);
                long[] slice = selectCounted(c, "with ids as (select b.id, b.search_name" + where
                        + " and b.search_name >= ? and b.search_name < ? order by b.search_name, b.id limit " + Math.max(fetch, countUpTo)
                        + "), page as (select * from ids order by search_name, id limit " + fetch + ") " + COLUMNS + score
                        + " as score, (select count(*) from (select 1 from ids limit " + countUpTo + ") c) as total"
                        + " from page join beneficiary_search b on b.id = page.id order by page.search_name, page.id", bound, communes,
                        true);
                found += (int) slice[0];
                counted += slice[1];
            }
            outside.append(" and not (b.search_name >= ? and b.search_name < ?)");
            outsideParams.addAll(List.of(range[0], range[1]));
        }
        int fetch = wanted - found;
        List<Object> whereParams = new ArrayList<>(params);
        whereParams.addAll(outsideParams);
        if (!overCap && counted <= NAME_COUNT_CAP) {
            if (fetch == 0) {
                counted += countCapped(c, where + outside, whereParams, NAME_COUNT_CAP - (int) counted);
                return new long[] {found, counted};
            }
            long[] others = ranked(c, where + outside, whereParams, List.of(), score, scoreParams, scored, fetch, communes, true);
            if (counted + others[1] <= NAME_COUNT_CAP) {
                return new long[] {found + others[0], counted + others[1]};
            }
            overCap = true;
        }
        if (overCap && fetch > 0) {
            // BeneficiaryService.selectWalking (the service walks only for the first tier, without other filters).
            long walked = 0;
            if (!scored && organisation != null) {
                List<Object> bound = new ArrayList<>(List.of(organisation));
                bound.addAll(whereParams);
                walked = selectCounted(c, COLUMNS + "1.0 as score, 0 from (select b.id, b.search_name from (select b.id, "
                        + "b.search_name, b.organisation_id, b.status, b.commune_code, b.search_words from beneficiary_search b where "
                        + "b.organisation_id = ? order by b.search_name, b.id limit " + WALK + ") b where "
                        + (where + outside).substring(FROM_SEARCH.length()) + " order by b.search_name, b.id limit " + fetch
                        + ") page join beneficiary_search b on b.id = page.id order by page.search_name, page.id", bound, communes,
                        true)[0];
            }
            if (walked < fetch) {
                List<Object> bound = new ArrayList<>(scoreParams);
                bound.addAll(whereParams);
                selectCounted(c, "with m as materialized (select b.id, b.status, b.birth_name, b.usage_name, b.first_names, b.sex, "
                        + "b.birth_date, b.commune_code, b.gir, b.referent_agent_id, b.search_name, b.created_at, b.last_contact_on, "
                        + score + " as score" + where + outside + ") select b.id, b.status, b.birth_name, b.usage_name, b.first_names, "
                        + "b.sex, b.birth_date, b.commune_code, b.gir, b.referent_agent_id, b.score, 0 from m b order by " + restOrder
                        + ", b.id limit " + fetch + " offset 0", bound, communes);
            }
            found += fetch;
        }
        return new long[] {found, overCap ? NAME_COUNT_CAP + 1 : counted};
    }

    static final String FROM_SEARCH = " from beneficiary_search b where ";

    /** NameDictionary.frequency (read with the dictionary, in memory): PostgreSQL's statistics of the words. */
    static volatile Map<String, Float> frequencies;

    /** BeneficiaryService.density. */
    static double density(Connection c, List<String> words, List<List<String>> expansions) throws SQLException {
        if (frequencies == null) {
            Map<String, Float> read = new java.util.HashMap<>();
            try (PreparedStatement statement = c.prepareStatement("select e.word, e.frequency from pg_stats s, unnest("
                    + "s.most_common_elems::text::text[], s.most_common_elem_freqs) as e(word, frequency) where s.schemaname = "
                    + "current_schema() and s.tablename = 'beneficiary_search' and s.attname = 'search_words' and e.word is not null");
                    ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    read.put(rs.getString(1), rs.getFloat(2));
                }
            }
            frequencies = read;
        }
        double density = 1;
        Set<String> shared = null;
        for (int i = 0; i < words.size(); i++) {
            List<String> these = expansions.get(i);
            density *= these == null ? 0.05 : Math.min(1, these.stream().mapToDouble(w -> frequencies.getOrDefault(w, 0f)).sum());
            if (these != null) {
                if (shared == null) {
                    shared = new java.util.HashSet<>(these);
                } else {
                    shared.retainAll(these);
                }
            }
        }
        return shared == null ? density
                : Math.max(density, Math.min(1, shared.stream().mapToDouble(w -> frequencies.getOrDefault(w, 0f)).sum()));
    }
    static final int WALK = 10_000;

    /** BeneficiaryService.selectRanked: the matches through the full-text index, ranked and counted at once. */
    static long[] ranked(Connection c, String where, List<Object> params, List<String[]> ranges, String score,
            List<Object> scoreParams, boolean scored, int wanted, Set<String> communes, boolean forValues) throws SQLException {
        // Parameters in the order of the statement: the score (outer), the rank, the conditions.
        StringBuilder rank = new StringBuilder("case");
        List<Object> bound = new ArrayList<>(scoreParams);
        for (int i = 0; i < ranges.size(); i++) {
            rank.append(" when b.search_name >= ? and b.search_name < ? then ").append(i);
            bound.addAll(List.of(ranges.get(i)[0], ranges.get(i)[1]));
        }
        String rankSql = ranges.isEmpty() ? "0" : rank + " else " + ranges.size() + " end";
        bound.addAll(params);
        String order = scored ? "case when s.rank = " + ranges.size() + " then s.score end desc nulls last, " : "";
        return selectCounted(c, "select s.id, s.status, s.birth_name, s.usage_name, s.first_names, s.sex, s.birth_date, "
                + "s.commune_code, s.gir, s.referent_agent_id, s.score, s.total from (select b.*, count(*) over () as total, "
                + "case when count(*) over () <= " + NAME_COUNT_CAP + " then " + score + " end as score from (select b.id, "
                + "b.status, b.birth_name, b.usage_name, b.first_names, b.sex, b.birth_date, b.commune_code, b.gir, "
                + "b.referent_agent_id, b.search_name, " + rankSql + " as rank" + where + " limit " + (NAME_COUNT_CAP + 1)
                + ") b) s order by s.rank, " + order + "s.search_name, s.id limit " + wanted, bound, communes, forValues);
    }

    /** Rows whose 12th column is the count of all matches: {rows, count}. */
    static long[] selectCounted(Connection c, String sql, List<Object> params, Set<String> communes) throws SQLException {
        return selectCounted(c, sql, params, communes, false);
    }

    /** Never server-prepared, so planned with its values each time (the driver is only on the class path for db runs). */
    static void planForValues(PreparedStatement statement) throws SQLException {
        try {
            Class<?> pg = Class.forName("org.postgresql.PGStatement");
            pg.getMethod("setPrepareThreshold", int.class).invoke(statement.unwrap(pg), 0);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same, planned at each run for its values when {@code forValues} (NativeSql.Plan.FOR_VALUES: never server-prepared). */
    static long[] selectCounted(Connection c, String sql, List<Object> params, Set<String> communes, boolean forValues)
            throws SQLException {
        long rows = 0;
        long total = 0;
        try (PreparedStatement select = c.prepareStatement(sql)) {
            if (forValues) {
                planForValues(select);
            }
            bind(select, params);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows++;
                    for (int i = 1; i <= 12; i++) {
                        rs.getObject(i);
                    }
                    total = rs.getLong(12);
                    if (rs.getString(8) != null) {
                        communes.add(rs.getString(8));
                    }
                }
            }
        }
        return new long[] {rows, total};
    }

    /** The name search of the service, statement by statement (first page, 20 lines, by relevance). */
    static void searchNames(Connection c, UUID organisation, String text) throws SQLException {
        Typed typed = typed(c, organisation, text);
        List<String> words = typed.words();
        List<List<String>> expansions = typed.expansions();
        if (words.isEmpty()) {
            return;
        }
        Set<String> communes = new LinkedHashSet<>();
        int size = 20;
        int found = 0;
        long total = 0;
        List<String> exact = exactQuery(words, expansions);
        boolean wholeFirst = finishedParticle(words, 0) && List.of(words.get(0)).equals(expansions.get(0));
        String[] firstRange = wholeFirst ? new String[] {words.get(0) + " ", words.get(0) + "!"}
                : new String[] {words.get(0), words.get(0) + TOP};
        if (exact != null) {
            List<Object> params = new ArrayList<>(List.of(organisation, "ACTIVE"));
            String exactWhere = BASE + " and " + matching(exact, params);
            List<String[]> lead = List.<String[]>of(firstRange);
            long[] slice = leadsFirst(c, density(c, words, expansions) >= 0.003 ? organisation : null, exactWhere, params, lead,
                    "1.0", List.of(), false, words.size() > 1, size, communes);
            found = (int) slice[0];
            total = slice[1];
        }
        if (total < size) {
            List<List<String>> corrections = lookAlikes(c, organisation, words);
            List<List<String>> near = nearQuery(words, expansions, corrections);
            if (near != null) {
                StringBuilder score = new StringBuilder("(0");
                List<Object> scoreParams = new ArrayList<>();
                for (int i = 0; i < words.size(); i++) {
                    score.append(" + word_similarity(?, b.search_name)");
                    scoreParams.add(words.get(i));
                }
                score.append(") / ").append(words.size());
                List<Object> whereParams = new ArrayList<>(List.of(organisation, "ACTIVE"));
                String nearWhere = BASE + " and " + matchingAny(near, whereParams)
                        + (exact == null ? "" : " and not (" + matching(exact, whereParams) + ")");
                List<String[]> leads = new ArrayList<>();
                if (expansions.get(0) == null || !expansions.get(0).isEmpty()) {
                    leads.add(firstRange);
                }
                corrections.get(0).forEach(w -> leads.add(new String[] {w + " ", w + "!"}));
                leadsFirst(c, null, nearWhere, whereParams, leads, score.toString(), scoreParams, true, words.size() > 1, size - found,
                        communes);
            }
        }
        // Commune names come from the service's in-memory cache (Referentiel.communeNames) once warm.
    }

    static long countCapped(Connection c, String where, List<Object> params, int cap) throws SQLException {
        try (PreparedStatement count = c.prepareStatement("select count(*) from (select 1" + where + " limit " + (cap + 1)
                + ") capped")) {
            planForValues(count);
            bind(count, params);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static Target dbRequest(String scenario, String url, String user, String password, UUID organisation, UUID agent) {
        return () -> {
            // Each statement commits on its own, as in the service: its searches and record reads run
            // outside a transaction (read-only, and the audit event is written by the reading statement).
            Connection c = DriverManager.getConnection(url, user, password);
            c.setAutoCommit(true);
            return input -> {
                readAll(c, AGENT, agent);
                if (scenario.equals("search")) {
                    searchNames(c, organisation, input.trim());
                    return true;
                }
                UUID id = UUID.fromString(input.trim());
                try (PreparedStatement select = c.prepareStatement(GET_AUDITED)) {
                    bind(select, List.of(organisation, id, OffsetDateTime.now(), agent, "BENEFICIARY_READ", "beneficiary",
                            UUID.randomUUID().toString()));
                    try (ResultSet rs = select.executeQuery()) {
                        if (!rs.next()) {
                            return false;
                        }
                        for (int i = 1; i <= 32; i++) {
                            rs.getObject(i);
                        }
                    }
                }
                return true;
            };
        };
    }

    static void communeNames(Connection c, Set<String> codes) throws SQLException {
        if (codes.isEmpty()) {
            return;
        }
        String marks = String.join(",", java.util.Collections.nCopies(codes.size(), "?"));
        readAll(c, "select code, name from ref_commune\n\twhere code in (" + marks
                + ") and type in ('commune-actuelle', 'arrondissement-municipal')", codes.toArray());
    }

    static void readAll(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            bind(statement, Arrays.asList(params));
            try (ResultSet rs = statement.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        rs.getObject(i);
                    }
                }
            }
        }
    }

    static void bind(PreparedStatement statement, List<?> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            statement.setObject(i + 1, params.get(i));
        }
    }

    // ------------------------------------------------------------------------------- load and measure

    static void load(String scenario, String target, List<String> inputs, Path out, Target factory) throws Exception {
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no input for " + scenario);
        }
        AtomicLong next = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        List<LongList> latencies = new ArrayList<>();
        List<Request> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            clients.add(factory.client());
        }
        long warmupEnd = System.nanoTime() + WARMUP_SECONDS * 1_000_000_000L;
        long end = warmupEnd + DURATION_SECONDS * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(CLIENTS);
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        System.err.printf("%s %s: %d clients, %d s warm-up, %d s measured, %d inputs%n", target, scenario, CLIENTS,
                WARMUP_SECONDS, DURATION_SECONDS, inputs.size());
        for (int i = 0; i < CLIENTS; i++) {
            int client = i;
            LongList mine = new LongList();
            latencies.add(mine);
            Thread.ofVirtual().start(() -> {
                try {
                    while (true) {
                        long start = System.nanoTime();
                        if (start >= end) {
                            break;
                        }
                        String input = inputs.get((int) (next.getAndIncrement() % inputs.size()));
                        boolean ok;
                        try {
                            ok = clients.get(client).run(input);
                        } catch (Exception e) {
                            ok = false;
                            if (failures.size() < 5) {
                                failures.add(e.toString());
                            }
                        }
                        long stop = System.nanoTime();
                        if (start >= warmupEnd && stop <= end) {
                            if (!ok) {
                                errors.incrementAndGet();
                            } else {
                                mine.add(stop - start);
                            }
                        }
                    }
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        int total = latencies.stream().mapToInt(l -> l.size).sum();
        long[] all = new long[total];
        int at = 0;
        for (LongList list : latencies) {
            System.arraycopy(list.values, 0, all, at, list.size);
            at += list.size;
        }
        Arrays.sort(all);
        Properties result = new Properties();
        result.setProperty("scenario", scenario);
        result.setProperty("target", target);
        result.setProperty("clients", String.valueOf(CLIENTS));
        result.setProperty("seconds", String.valueOf(DURATION_SECONDS));
        result.setProperty("requests", String.valueOf(total));
        result.setProperty("errors", String.valueOf(errors.get()));
        result.setProperty("throughput", String.format(Locale.ROOT, "%.1f", total / (double) DURATION_SECONDS));
        result.setProperty("mean", ms(total == 0 ? 0 : Arrays.stream(all).sum() / total));
        result.setProperty("p50", ms(percentile(all, 50)));
        result.setProperty("p95", ms(percentile(all, 95)));
        result.setProperty("p99", ms(percentile(all, 99)));
        result.setProperty("max", ms(total == 0 ? 0 : all[total - 1]));
        try (var writer = Files.newBufferedWriter(out)) {
            result.store(writer, null);
        }
        System.err.printf("%s %s: %d requests, %d errors, %s req/s, p50 %s ms, p95 %s ms, p99 %s ms%n", target, scenario,
                total, errors.get(), result.getProperty("throughput"), result.getProperty("p50"), result.getProperty("p95"),
                result.getProperty("p99"));
        failures.forEach(f -> System.err.println("  failure: " + f));
        System.exit(0);
    }

    /** Latencies of one client (only that client's thread writes them). */
    static final class LongList {
        long[] values = new long[1 << 14];
        int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }
    }

    /** Nearest-rank percentile of sorted values. */
    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.2f", nanos / 1e6);
    }

    // ------------------------------------------------------------------------------- report

    /** A Markdown table of the results, the API ÷ database ratios, and the stated targets. */
    static void report(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        Map<String, String> meta = new LinkedHashMap<>();
        List<Properties> results = new ArrayList<>();
        boolean files = false;
        for (String arg : Arrays.copyOfRange(args, 1, args.length)) {
            if (arg.equals("--")) {
                files = true;
            } else if (files) {
                Properties p = new Properties();
                try (var reader = Files.newBufferedReader(Path.of(arg))) {
                    p.load(reader);
                }
                results.add(p);
            } else {
                int eq = arg.indexOf('=');
                meta.put(arg.substring(0, eq), arg.substring(eq + 1));
            }
        }
        StringBuilder md = new StringBuilder("# Entraide benchmark, " + meta.getOrDefault("date", "") + "\n\n");
        meta.forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
        md.append("\nLatencies in milliseconds, measured by the client, ").append(CLIENTS)
                .append(" concurrent clients in a closed loop.\n\n");
        md.append("| scenario | target | requests | errors | throughput (req/s) | p50 | p95 | p99 | max |\n");
        md.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (Properties r : results) {
            md.append(String.format("| %s | %s | %s | %s | %s | %s | %s | %s | %s |%n", label(r.getProperty("scenario")),
                    r.getProperty("target").equals("api") ? "API (HTTP)" : "PostgreSQL (JDBC, same SQL)", r.getProperty("requests"),
                    r.getProperty("errors"), r.getProperty("throughput"), r.getProperty("p50"), r.getProperty("p95"),
                    r.getProperty("p99"), r.getProperty("max")));
        }
        md.append("\n| scenario | API ÷ DB p50 | API ÷ DB p95 | DB ÷ API throughput |\n| --- | ---: | ---: | ---: |\n");
        List<String> verdicts = new ArrayList<>();
        for (String scenario : List.of("search", "get")) {
            Properties api = find(results, scenario, "api");
            Properties db = find(results, scenario, "db");
            if (api == null || db == null) {
                continue;
            }
            double p50 = ratio(api, db, "p50");
            double p95 = ratio(api, db, "p95");
            double throughput = Double.parseDouble(db.getProperty("throughput")) / Double.parseDouble(api.getProperty("throughput"));
            md.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f |%n", label(scenario), p50, p95, throughput));
            verdicts.add(String.format(Locale.ROOT, "%s: API ÷ DB at p95 = %.2f (target ≤ 2): %s", label(scenario), p95,
                    p95 <= 2 ? "met" : "NOT met"));
            if (scenario.equals("search")) {
                double apiP95 = Double.parseDouble(api.getProperty("p95"));
                verdicts.add(0, String.format(Locale.ROOT, "name search p95 = %.1f ms with %s persons (target < 50 ms at 1,000,000): %s",
                        apiP95, meta.getOrDefault("persons", "?"), apiP95 < 50 ? "met" : "NOT met"));
            }
        }
        md.append("\n## Targets\n\n");
        verdicts.forEach(v -> md.append("- ").append(v).append('\n'));
        Files.writeString(out, md.toString());
        System.out.println(md);
    }

    static String label(String scenario) {
        return scenario.equals("search") ? "name search" : "get by id";
    }

    static Properties find(List<Properties> results, String scenario, String target) {
        return results.stream().filter(r -> scenario.equals(r.getProperty("scenario")) && target.equals(r.getProperty("target")))
                .findFirst().orElse(null);
    }

    static double ratio(Properties api, Properties db, String key) {
        double d = Double.parseDouble(db.getProperty(key));
        return d == 0 ? Double.NaN : Double.parseDouble(api.getProperty(key)) / d;
    }

    // ------------------------------------------------------------------------------- helpers

    static List<String> lines(String file) throws IOException {
        return Files.readAllLines(Path.of(file), StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
    }

    static int intEnv(String name, int fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }
}
