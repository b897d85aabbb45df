package fr.entraide.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.entraide.partner.PartnerType;
import fr.entraide.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every operation × every caller, with the expected outcome, against the real database. A new
 * operation fails {@link #theMatrixCoversEveryOperationOfTheContract} until it is given its row.
 */
@QuarkusTest
class SecurityMatrixTest {

    private static final Set<String> STAFF = Set.of("ADMIN", "INSTRUCTEUR", "ACCUEIL", "PRESIDENT");
    private static final Set<String> ADMIN = Set.of("ADMIN");
    /** Who may create and edit a person's record: the president reads only. */
    private static final Set<String> WRITERS = Set.of("ADMIN", "INSTRUCTEUR", "ACCUEIL");
    private static final Set<String> PARTNERS = Set.of("DEPARTEMENT", "CAF", "MSA");
    private static final Set<String> PUBLIC = Set.of("*");
    private static final List<String> CALLERS = List.of("ANONYMOUS", "ADMIN", "INSTRUCTEUR", "ACCUEIL", "PRESIDENT",
            "DEPARTEMENT", "CAF", "MSA");

    /** Who may call each operation of the API. */
    private static final Map<String, Set<String>> MATRIX = new LinkedHashMap<>();

    static {
        MATRIX.put("POST /api/auth/login", PUBLIC);
        MATRIX.put("POST /api/auth/refresh", PUBLIC);
        MATRIX.put("POST /api/auth/logout", PUBLIC);
        MATRIX.put("POST /api/oauth/token", PUBLIC);
        MATRIX.put("GET /api/me", STAFF);
        MATRIX.put("GET /api/communes", STAFF);
        MATRIX.put("GET /api/agents", STAFF);
        MATRIX.put("GET /api/referentiel/communes", STAFF);
        MATRIX.put("GET /api/referentiel/epci", STAFF);
        MATRIX.put("GET /api/referentiel/epci/{code}", STAFF);
        MATRIX.put("GET /api/admin/agents", ADMIN);
        MATRIX.put("POST /api/admin/agents", ADMIN);
        MATRIX.put("GET /api/admin/agents/{id}", ADMIN);
        MATRIX.put("PUT /api/admin/agents/{id}", ADMIN);
        MATRIX.put("POST /api/admin/agents/{id}/password", ADMIN);
        MATRIX.put("GET /api/admin/organisation", ADMIN);
        MATRIX.put("PUT /api/admin/organisation", ADMIN);
        MATRIX.put("POST /api/admin/organisation/epci", ADMIN);
        MATRIX.put("GET /api/admin/organisation/communes", ADMIN);
        MATRIX.put("POST /api/admin/organisation/communes", ADMIN);
        MATRIX.put("DELETE /api/admin/organisation/communes/{inseeCode}", ADMIN);
        MATRIX.put("GET /api/admin/partners", ADMIN);
        MATRIX.put("POST /api/admin/partners", ADMIN);
        MATRIX.put("GET /api/admin/partners/{id}", ADMIN);
        MATRIX.put("POST /api/admin/partners/{id}/secret", ADMIN);
        MATRIX.put("POST /api/admin/partners/{id}/disable", ADMIN);
        MATRIX.put("POST /api/admin/partners/{id}/enable", ADMIN);
        MATRIX.put("GET /api/admin/audit", ADMIN);
        MATRIX.put("GET /api/partner/me", PARTNERS);
        MATRIX.put("POST /api/admin/partners/{id}/secret/retire-previous", ADMIN);
        MATRIX.put("PUT /api/admin/partners/{id}/rate-limit", ADMIN);
        MATRIX.put("GET /api/admin/partners/{id}/webhooks", ADMIN);
        MATRIX.put("POST /api/admin/partners/{id}/webhooks", ADMIN);
        MATRIX.put("DELETE /api/admin/partners/{id}/webhooks/{webhookId}", ADMIN);
        MATRIX.put("GET /api/admin/partners/{id}/deliveries", ADMIN);
        MATRIX.put("GET /api/admin/partners/{id}/deliveries/{deliveryId}", ADMIN);
        MATRIX.put("POST /api/admin/partners/{id}/deliveries/{deliveryId}/replay", ADMIN);
        MATRIX.put("GET /api/partner/webhooks", PARTNERS);
        MATRIX.put("POST /api/partner/webhooks", PARTNERS);
        MATRIX.put("DELETE /api/partner/webhooks/{webhookId}", PARTNERS);
        MATRIX.put("GET /api/partner/orientations", Set.of("CAF", "MSA"));
        MATRIX.put("GET /api/partner/orientations/{id}", Set.of("CAF", "MSA"));
        MATRIX.put("POST /api/partner/orientations/{id}/acknowledgement", Set.of("CAF", "MSA"));
        MATRIX.put("POST /api/partner/orientations/{id}/answer", Set.of("CAF", "MSA"));
        MATRIX.put("GET /api/orientations", STAFF);
        MATRIX.put("POST /api/orientations", WRITERS);
        MATRIX.put("GET /api/orientations/recipients", STAFF);
        MATRIX.put("GET /api/orientations/{id}", STAFF);
        MATRIX.put("GET /api/bordereaux", Set.of("ADMIN", "INSTRUCTEUR", "PRESIDENT"));
        MATRIX.put("POST /api/bordereaux", Set.of("ADMIN", "INSTRUCTEUR"));
        MATRIX.put("GET /api/bordereaux/candidates", Set.of("ADMIN", "INSTRUCTEUR", "PRESIDENT"));
        MATRIX.put("GET /api/bordereaux/{id}", Set.of("ADMIN", "INSTRUCTEUR", "PRESIDENT"));
        MATRIX.put("DELETE /api/bordereaux/{id}", Set.of("ADMIN", "INSTRUCTEUR"));
        MATRIX.put("POST /api/bordereaux/{id}/send", Set.of("ADMIN", "INSTRUCTEUR"));
        MATRIX.put("GET /api/bordereaux/{id}/pdf", Set.of("ADMIN", "INSTRUCTEUR", "PRESIDENT"));
        MATRIX.put("GET /api/aid-requests/{id}/transmission", STAFF);
        MATRIX.put("GET /api/partner/transmissions", Set.of("DEPARTEMENT"));
        MATRIX.put("GET /api/partner/transmissions/{id}", Set.of("DEPARTEMENT"));
        MATRIX.put("GET /api/partner/transmissions/{id}/dossier/pdf", Set.of("DEPARTEMENT"));
        MATRIX.put("GET /api/partner/transmissions/{id}/dossier/json", Set.of("DEPARTEMENT"));
        MATRIX.put("GET /api/partner/transmissions/{id}/pieces", Set.of("DEPARTEMENT"));
        MATRIX.put("GET /api/partner/transmissions/{id}/pieces/{pieceId}", Set.of("DEPARTEMENT"));
        MATRIX.put("POST /api/partner/transmissions/{id}/acknowledgement", Set.of("DEPARTEMENT"));
        MATRIX.put("POST /api/partner/transmissions/{id}/decision", Set.of("DEPARTEMENT"));
        MATRIX.put("GET /api/notifications", STAFF);
        MATRIX.put("GET /api/notifications/unread-count", STAFF);
        MATRIX.put("POST /api/notifications/{id}/read", STAFF);
        MATRIX.put("POST /api/notifications/read-all", STAFF);
        MATRIX.put("GET /api/catalogue", STAFF);
        MATRIX.put("POST /api/admin/catalogue", ADMIN);
        MATRIX.put("PUT /api/admin/catalogue/{id}", ADMIN);
        MATRIX.put("GET /api/admin/avis-delegations", ADMIN);
        MATRIX.put("PUT /api/admin/avis-delegations/{agentId}", ADMIN);
        MATRIX.put("DELETE /api/admin/avis-delegations/{agentId}", ADMIN);
        MATRIX.put("GET /api/aid-requests", STAFF);
        MATRIX.put("GET /api/aid-requests/queues", STAFF);
        MATRIX.put("POST /api/aid-requests", WRITERS);
        MATRIX.put("GET /api/aid-requests/{id}", STAFF);
        MATRIX.put("POST /api/aid-requests/{id}/transitions", STAFF);
        MATRIX.put("PUT /api/aid-requests/{id}/pieces/{code}", WRITERS);
        MATRIX.put("DELETE /api/aid-requests/{id}/pieces/{code}", WRITERS);
        MATRIX.put("POST /api/aid-requests/{id}/documents", WRITERS);
        MATRIX.put("GET /api/aid-requests/{id}/documents", STAFF);
        MATRIX.put("GET /api/aid-requests/{id}/documents/{documentId}", STAFF);
        MATRIX.put("GET /api/aid-requests/{id}/letters", STAFF);
        MATRIX.put("POST /api/aid-requests/{id}/letters", WRITERS);
        MATRIX.put("GET /api/aid-requests/{id}/letters/{letterId}", STAFF);
        MATRIX.put("GET /api/aid-requests/{id}/dossier/check", STAFF);
        MATRIX.put("PUT /api/aid-requests/{id}/dossier/data", WRITERS);
        MATRIX.put("POST /api/aid-requests/{id}/dossier", WRITERS);
        MATRIX.put("GET /api/aid-requests/{id}/dossier/versions", STAFF);
        // The dossier carries the NIR: not for reception agents (DOMAIN.md §9 rule 6).
        MATRIX.put("GET /api/aid-requests/{id}/dossier/versions/{number}/pdf", Set.of("ADMIN", "INSTRUCTEUR", "PRESIDENT"));
        MATRIX.put("GET /api/aid-requests/{id}/dossier/versions/{number}/json", Set.of("ADMIN", "INSTRUCTEUR", "PRESIDENT"));
        MATRIX.put("GET /api/admin/dossier-variant", ADMIN);
        MATRIX.put("PUT /api/admin/dossier-variant", ADMIN);
        MATRIX.put("GET /api/budget", Set.of("ADMIN", "INSTRUCTEUR", "PRESIDENT"));
        MATRIX.put("PUT /api/admin/budget/{year}/{aidTypeId}", ADMIN);
        MATRIX.put("GET /api/aid-requests/{id}/loan", STAFF);
        MATRIX.put("POST /api/aid-requests/{id}/loan/repayments", Set.of("ADMIN", "INSTRUCTEUR"));
        MATRIX.put("GET /api/commissions", Set.of("ADMIN", "INSTRUCTEUR", "PRESIDENT"));
        MATRIX.put("POST /api/commissions", Set.of("ADMIN", "INSTRUCTEUR", "PRESIDENT"));
        MATRIX.put("GET /api/commissions/{id}", Set.of("ADMIN", "INSTRUCTEUR", "PRESIDENT"));
        MATRIX.put("POST /api/commissions/{id}/agenda", Set.of("ADMIN", "INSTRUCTEUR"));
        MATRIX.put("POST /api/commissions/{id}/decisions", Set.of("ADMIN", "INSTRUCTEUR", "PRESIDENT"));
        MATRIX.put("GET /api/commissions/{id}/minutes", Set.of("ADMIN", "INSTRUCTEUR", "PRESIDENT"));
        MATRIX.put("GET /api/admin/retention/preview", ADMIN);
        MATRIX.put("POST /api/admin/retention/run", ADMIN);
        MATRIX.put("PUT /api/admin/retention/automatic", ADMIN);
        MATRIX.put("DELETE /api/admin/retention/automatic", ADMIN);
        MATRIX.put("GET /api/admin/retention/runs", ADMIN);
        MATRIX.put("GET /api/beneficiaries", STAFF);
        MATRIX.put("POST /api/beneficiaries", WRITERS);
        MATRIX.put("GET /api/beneficiaries/{id}", STAFF);
        MATRIX.put("PUT /api/beneficiaries/{id}", WRITERS);
        MATRIX.put("POST /api/beneficiaries/{id}/archive", Set.of("ADMIN", "INSTRUCTEUR"));
        MATRIX.put("POST /api/beneficiaries/{id}/restore", Set.of("ADMIN", "INSTRUCTEUR"));
        MATRIX.put("GET /api/beneficiaries/{id}/history", STAFF);
        MATRIX.put("GET /api/beneficiaries/{id}/export", Set.of("ADMIN", "INSTRUCTEUR", "PRESIDENT"));
        MATRIX.put("GET /api/beneficiaries/{id}/export/pdf", Set.of("ADMIN", "INSTRUCTEUR", "PRESIDENT"));
    }

    @Inject
    Fixtures fixtures;

    @Inject
    ObjectMapper mapper;

    private Map<String, JsonNode> operations() throws Exception {
        JsonNode doc = mapper.readTree(given().accept("application/json").get("/q/openapi?format=json").asString());
        Map<String, JsonNode> operations = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext();) {
            var path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                var op = ops.next();
                operations.put(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue());
            }
        }
        return operations;
    }

    @Test
    void theMatrixCoversEveryOperationOfTheContract() throws Exception {
        assertThat(new TreeSet<>(operations().keySet())).isEqualTo(new TreeSet<>(MATRIX.keySet()));
    }

    @Test
    void everyCallerGetsTheExpectedAnswerFromEveryOperation() throws Exception {
        var org = fixtures.cias();
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("ADMIN", fixtures.token(fixtures.agent(org, Role.ADMIN)));
        tokens.put("INSTRUCTEUR", fixtures.token(fixtures.agent(org, Role.INSTRUCTEUR)));
        tokens.put("ACCUEIL", fixtures.token(fixtures.agent(org, Role.ACCUEIL, "38005")));
        tokens.put("PRESIDENT", fixtures.token(fixtures.agent(org, Role.PRESIDENT)));
        for (PartnerType type : PartnerType.values()) {
            tokens.put(type.name(), fixtures.token(fixtures.partner(org, type)));
        }
        Map<String, JsonNode> operations = operations();
        List<String> failures = new ArrayList<>();
        for (var row : MATRIX.entrySet()) {
            String[] methodAndPath = row.getKey().split(" ", 2);
            String path = methodAndPath[1].replace("{id}", java.util.UUID.randomUUID().toString())
                    .replace("{code}", row.getKey().contains("pieces") ? "RIB" : "243800745").replace("{inseeCode}", "38527")
                    .replace("{agentId}", java.util.UUID.randomUUID().toString())
                    .replace("{documentId}", java.util.UUID.randomUUID().toString())
                    .replace("{webhookId}", java.util.UUID.randomUUID().toString())
                    .replace("{deliveryId}", java.util.UUID.randomUUID().toString())
                    .replace("{bordereauId}", java.util.UUID.randomUUID().toString())
                    .replace("{pieceId}", java.util.UUID.randomUUID().toString())
                    .replace("{letterId}", java.util.UUID.randomUUID().toString())
                    .replace("{number}", "1").replace("{year}", "2026").replace("{aidTypeId}", java.util.UUID.randomUUID().toString());
            JsonNode content = operations.containsKey(row.getKey())
                    ? operations.get(row.getKey()).path("requestBody").path("content") : null;
            boolean hasBody = content != null && !content.isMissingNode();
            for (String caller : CALLERS) {
                RequestSpecification request = given();
                if (!caller.equals("ANONYMOUS")) {
                    request.header("Authorization", "Bearer " + tokens.get(caller));
                }
                if (hasBody && content.has("multipart/form-data")) {
                    request.multiPart("pieceCode", "RIB");
                } else if (hasBody && content.has("application/x-www-form-urlencoded")) {
                    request.contentType("application/x-www-form-urlencoded").formParam("grant_type", "client_credentials");
                } else if (hasBody) {
                    request.contentType("application/json").body("{}");
                }
                int status = request.request(methodAndPath[0], path).statusCode();
                String expected;
                boolean ok;
                if (row.getValue() == PUBLIC) {
                    expected = "not 403";
                    ok = status != 403 && status < 500;
                } else if (caller.equals("ANONYMOUS")) {
                    expected = "401";
                    ok = status == 401;
                } else if (row.getValue().contains(caller)) {
                    expected = "allowed (not 401/403)";
                    ok = status != 401 && status != 403 && status < 500;
                } else {
                    expected = "403";
                    ok = status == 403;
                }
                if (!ok) {
                    failures.add(row.getKey() + " as " + caller + ": expected " + expected + ", got " + status);
                }
            }
        }
        assertThat(failures).isEmpty();
    }
}
