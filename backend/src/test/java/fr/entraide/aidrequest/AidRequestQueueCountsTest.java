package fr.entraide.aidrequest;

import static fr.entraide.testing.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import fr.entraide.beneficiary.People;
import fr.entraide.security.Role;
import fr.entraide.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AidRequestQueueCountsTest {

    private static final List<String> QUEUES = List.of("A_INSTRUIRE", "EN_ATTENTE_PIECES", "A_TRANSMETTRE", "EN_COMMISSION", "A_VERSER");

    @Inject
    Fixtures fixtures;

    /** The counts of GET /api/aid-requests/queues, by queue, in the order the API gives them. */
    private static Map<String, Integer> counts(String token) {
        JsonPath body = as(token).get("/api/aid-requests/queues").then().statusCode(200).extract().jsonPath();
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<Map<String, Object>> rows = body.getList("$");
        rows.forEach(row -> counts.put((String) row.get("queue"), ((Number) row.get("count")).intValue()));
        return counts;
    }

    private static Map<String, Integer> expected(int aInstruire, int enAttentePieces, int aTransmettre, int enCommission, int aVerser) {
        Map<String, Integer> expected = new LinkedHashMap<>();
        int[] values = { aInstruire, enAttentePieces, aTransmettre, enCommission, aVerser };
        for (int i = 0; i < QUEUES.size(); i++) {
            expected.put(QUEUES.get(i), values[i]);
        }
        return expected;
    }

    private static String transition(String token, String id, Map<String, Object> body) {
        return as(token).body(body).post("/api/aid-requests/" + id + "/transitions").then().statusCode(200).extract().path("status");
    }

    @Test
    void countsFollowARequestFromQueueToQueue() {
        var org = fixtures.cias();
        String instructeur = fixtures.token(fixtures.agent(org, Role.INSTRUCTEUR));
        String president = fixtures.token(fixtures.agent(org, Role.PRESIDENT));
        String person = as(instructeur).body(People.jeanne()).post("/api/beneficiaries").then().statusCode(201).extract().path("id");
        String secours = as(instructeur).get("/api/catalogue").then().extract().path("find { it.code == 'SECOURS_URGENCE' }.id");
        String apa = as(instructeur).get("/api/catalogue").then().extract().path("find { it.code == 'APA_DOMICILE' }.id");

        assertThat(counts(instructeur)).isEqualTo(expected(0, 0, 0, 0, 0));
        String facultative = as(instructeur).body(Map.of("beneficiaryId", person, "aidTypeId", secours)).post("/api/aid-requests")
                .then().statusCode(201).extract().path("id");
        String legal = as(instructeur).body(Map.of("beneficiaryId", person, "aidTypeId", apa)).post("/api/aid-requests")
                .then().statusCode(201).extract().path("id");
        assertThat(counts(instructeur)).isEqualTo(expected(2, 0, 0, 0, 0));

        transition(instructeur, facultative, Map.of("action", "INSTRUIRE"));
        transition(instructeur, legal, Map.of("action", "DEPOSER"));
        transition(instructeur, legal, Map.of("action", "DECLARER_INCOMPLETE"));
        assertThat(counts(instructeur)).isEqualTo(expected(0, 1, 0, 1, 0));

        transition(president, legal, Map.of("action", "RENDRE_AVIS", "avis", "FAVORABLE", "motivation", "Autonomie réduite."));
        transition(instructeur, facultative, Map.of("action", "INSCRIRE_EN_COMMISSION"));
        transition(instructeur, facultative, Map.of("action", "ACCORDER"));
        assertThat(counts(instructeur)).isEqualTo(expected(0, 0, 1, 0, 1));
        // The same numbers for every unrestricted role, and the same as the lists' totals.
        assertThat(counts(president)).isEqualTo(counts(instructeur));
        for (String queue : QUEUES) {
            int total = as(instructeur).queryParam("queue", queue).queryParam("size", 1).get("/api/aid-requests").then().statusCode(200)
                    .extract().path("total");
            assertThat(counts(instructeur).get(queue)).as(queue).isEqualTo(total);
        }

        transition(instructeur, legal, Map.of("action", "TRANSMETTRE"));
        transition(instructeur, facultative, Map.of("action", "VERSER", "paymentMethod", "VIREMENT"));
        assertThat(counts(instructeur)).isEqualTo(expected(0, 0, 0, 0, 0));
    }

    @Test
    void requestsOfAnotherOrganisationAreNotCounted() {
        var org = fixtures.cias();
        var other = fixtures.cias();
        String mine = fixtures.token(fixtures.agent(org, Role.INSTRUCTEUR));
        String theirs = fixtures.token(fixtures.agent(other, Role.INSTRUCTEUR));
        String person = as(theirs).body(People.jeanne()).post("/api/beneficiaries").then().statusCode(201).extract().path("id");
        String secours = as(theirs).get("/api/catalogue").then().extract().path("find { it.code == 'SECOURS_URGENCE' }.id");
        as(theirs).body(Map.of("beneficiaryId", person, "aidTypeId", secours)).post("/api/aid-requests").then().statusCode(201);

        assertThat(counts(theirs)).isEqualTo(expected(1, 0, 0, 0, 0));
        assertThat(counts(mine)).isEqualTo(expected(0, 0, 0, 0, 0));
    }

    @Test
    void aFrontDeskAgentCountsOnlyTheRequestsOfItsCommunes() {
        var org = fixtures.cias();
        String instructeur = fixtures.token(fixtures.agent(org, Role.INSTRUCTEUR));
        String accueil = fixtures.token(fixtures.agent(org, Role.ACCUEIL, "38005"));
        String secours = as(instructeur).get("/api/catalogue").then().extract().path("find { it.code == 'SECOURS_URGENCE' }.id");
        String elsewhere = as(instructeur).body(People.jeanne()).post("/api/beneficiaries").then().statusCode(201).extract().path("id");
        String here = as(instructeur).body(People.person("Lefebvre", "Éloïse", "FEMALE", "1952-06-07", "38005", "38114"))
                .post("/api/beneficiaries").then().statusCode(201).extract().path("id");
        for (String person : List.of(elsewhere, here, here)) {
            as(instructeur).body(Map.of("beneficiaryId", person, "aidTypeId", secours)).post("/api/aid-requests").then().statusCode(201);
        }

        assertThat(counts(instructeur)).isEqualTo(expected(3, 0, 0, 0, 0));
        assertThat(counts(accueil)).isEqualTo(expected(2, 0, 0, 0, 0));
        int listed = as(accueil).queryParam("queue", "A_INSTRUIRE").get("/api/aid-requests").then().statusCode(200).extract().path("total");
        assertThat(listed).isEqualTo(2);
    }
}
