package fr.entraide.transmission;

import static fr.entraide.testing.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import fr.entraide.beneficiary.People;
import fr.entraide.organisation.OrganisationKind;
import fr.entraide.partner.PartnerType;
import fr.entraide.security.Role;
import fr.entraide.testing.Fixtures;
import fr.entraide.testing.ReadyRequests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Partner × endpoint, on real data: a département sees only what was sent to its own code by the
 * organisation that registered it; a CAF never sees a MSA's orientations (nor another CAF's);
 * partners never reach staff endpoints and staff never reach partner endpoints.
 */
@QuarkusTest
class PartnerIsolationMatrixTest {

    @Inject
    Fixtures fixtures;

    private record Call(String method, String path, Object body) {
    }

    @Test
    void eachPartnerSeesOnlyWhatIsAddressedToIt() {
        var org = fixtures.cias();
        var otherOrg = fixtures.organisation(OrganisationKind.CCAS, "38185");
        String instructeur = fixtures.token(fixtures.agent(org, Role.INSTRUCTEUR));
        ReadyRequests ready = new ReadyRequests(instructeur, fixtures.token(fixtures.agent(org, Role.PRESIDENT)));

        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("DEP38", fixtures.token(fixtures.partner(org, PartnerType.DEPARTEMENT, "38")));
        tokens.put("DEP73", fixtures.token(fixtures.partner(org, PartnerType.DEPARTEMENT, "73")));
        tokens.put("DEP38_AUTRE_ORG", fixtures.token(fixtures.partner(otherOrg, PartnerType.DEPARTEMENT, "38")));
        var caf = fixtures.partner(org, PartnerType.CAF);
        var msa = fixtures.partner(org, PartnerType.MSA);
        tokens.put("CAF", fixtures.token(caf));
        tokens.put("MSA", fixtures.token(msa));
        tokens.put("CAF_AUTRE_ORG", fixtures.token(fixtures.partner(otherOrg, PartnerType.CAF)));

        String request = ready.apa("ISOLATION");
        String bordereau = as(instructeur).body(Map.of("departement", "38", "requestIds", List.of(request))).post("/api/bordereaux")
                .then().statusCode(201).extract().path("id");
        as(instructeur).body(Map.of()).post("/api/bordereaux/" + bordereau + "/send").then().statusCode(200);
        String t = as(tokens.get("DEP38")).get("/api/partner/transmissions").then().extract().path("items[0].id");
        String piece = as(tokens.get("DEP38")).get("/api/partner/transmissions/" + t + "/pieces").then().extract().path("[0].id");
        String person = as(instructeur).body(People.person("ORIENTE", "Paul", "MALE", "1980-02-02", "38052", "38520"))
                .post("/api/beneficiaries").then().statusCode(201).extract().path("id");
        String toCaf = orient(instructeur, person, caf.id());
        String toMsa = orient(instructeur, person, msa.id());

        Map<String, Object> ack = Map.of("receivedOn", LocalDate.now().toString(), "reference", "R1");
        Map<String, Object> decision = Map.of("decision", "ACCORDEE", "decidedOn", LocalDate.now().toString(), "amountCents", 1000);
        Map<String, Object> answer = Map.of("status", "DEJA_CONNU");
        // Every partner endpoint with real ids; the owner's writes come last (they change state).
        Map<Call, Map<String, Integer>> matrix = new LinkedHashMap<>();
        String tr = "/api/partner/transmissions/" + t;
        String oc = "/api/partner/orientations/" + toCaf;
        String om = "/api/partner/orientations/" + toMsa;
        for (Call call : List.of(new Call("GET", tr, null), new Call("GET", tr + "/dossier/pdf", null),
                new Call("GET", tr + "/dossier/json", null), new Call("GET", tr + "/pieces", null),
                new Call("GET", tr + "/pieces/" + piece, null), new Call("POST", tr + "/acknowledgement", ack),
                new Call("POST", tr + "/decision", decision))) {
            matrix.put(call, Map.of("DEP73", 404, "DEP38_AUTRE_ORG", 404, "CAF_AUTRE_ORG", 403, "MSA", 403, "CAF", 403, "DEP38", 200));
        }
        // CAF's orientation: only the CAF; MSA's: only the MSA; départements are refused outright.
        for (Call call : List.of(new Call("GET", oc, null), new Call("POST", oc + "/acknowledgement", Map.of()),
                new Call("POST", oc + "/answer", answer))) {
            matrix.put(call, Map.of("DEP73", 403, "DEP38_AUTRE_ORG", 403, "DEP38", 403, "CAF_AUTRE_ORG", 404, "MSA", 404, "CAF", 200));
        }
        for (Call call : List.of(new Call("GET", om, null), new Call("POST", om + "/answer", answer))) {
            matrix.put(call, Map.of("DEP73", 403, "DEP38_AUTRE_ORG", 403, "DEP38", 403, "CAF_AUTRE_ORG", 404, "CAF", 404, "MSA", 200));
        }
        // Staff endpoints: never for a partner.
        for (String staff : List.of("/api/aid-requests", "/api/aid-requests/" + request, "/api/bordereaux", "/api/bordereaux/" + bordereau,
                "/api/bordereaux/" + bordereau + "/pdf", "/api/orientations/" + toCaf, "/api/notifications", "/api/beneficiaries/" + person,
                "/api/aid-requests/" + request + "/transmission", "/api/aid-requests/" + request + "/dossier/versions")) {
            matrix.put(new Call("GET", staff, null), Map.of("DEP73", 403, "DEP38_AUTRE_ORG", 403, "DEP38", 403, "CAF_AUTRE_ORG", 403,
                    "CAF", 403, "MSA", 403));
        }

        List<String> failures = new ArrayList<>();
        List<String> order = List.of("DEP73", "DEP38_AUTRE_ORG", "CAF_AUTRE_ORG", "MSA", "CAF", "DEP38");
        for (var entry : matrix.entrySet()) {
            Call call = entry.getKey();
            for (String partner : order) {
                Integer expected = entry.getValue().get(partner);
                if (expected == null) {
                    continue;
                }
                var spec = as(tokens.get(partner)).header("Idempotency-Key", UUID.randomUUID().toString()).accept("*/*");
                Response response = call.method().equals("GET") ? spec.get(call.path()) : spec.body(call.body()).post(call.path());
                if (response.statusCode() != expected) {
                    failures.add(call.method() + " " + call.path() + " as " + partner + ": expected " + expected + ", got "
                            + response.statusCode());
                }
            }
        }
        // Lists: each sees only its own.
        assertThat(ids(tokens.get("DEP38"), "/api/partner/transmissions")).containsExactly(t);
        assertThat(ids(tokens.get("DEP73"), "/api/partner/transmissions")).isEmpty();
        assertThat(ids(tokens.get("DEP38_AUTRE_ORG"), "/api/partner/transmissions")).isEmpty();
        assertThat(ids(tokens.get("CAF"), "/api/partner/orientations")).containsExactly(toCaf);
        assertThat(ids(tokens.get("MSA"), "/api/partner/orientations")).containsExactly(toMsa);
        assertThat(ids(tokens.get("CAF_AUTRE_ORG"), "/api/partner/orientations")).isEmpty();
        // Staff never reach partner endpoints.
        for (String path : List.of("/api/partner/transmissions", tr, tr + "/dossier/pdf", "/api/partner/orientations", oc,
                "/api/partner/webhooks", "/api/partner/me")) {
            int status = as(instructeur).accept("*/*").get(path).statusCode();
            if (status != 403) {
                failures.add("GET " + path + " as INSTRUCTEUR: expected 403, got " + status);
            }
        }
        assertThat(failures).isEmpty();
    }

    private static List<String> ids(String token, String path) {
        return as(token).get(path).then().statusCode(200).extract().path("items.id");
    }

    private static String orient(String token, String person, UUID partner) {
        return as(token).body(Map.of("beneficiaryId", person, "partnerId", partner.toString(), "motif", "ACCES_AUX_DROITS",
                "message", "Étude des droits.", "consent", Map.of("given", true, "on", LocalDate.now().toString(), "mode", "ECRIT")))
                .post("/api/orientations").then().statusCode(201).extract().path("id");
    }
}
