package fr.entraide.beneficiary;

import static fr.entraide.testing.Api.as;
import static fr.entraide.testing.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import fr.entraide.security.Role;
import fr.entraide.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BeneficiaryRecordTest {

    @Inject
    Fixtures fixtures;

    private Fixtures.Org org;
    private String instructeur;

    @BeforeEach
    void setUp() {
        org = fixtures.cias();
        instructeur = fixtures.token(fixtures.agent(org, Role.INSTRUCTEUR));
    }

    private Response create(String token, Map<String, Object> body) {
        return as(token).body(body).post("/api/beneficiaries");
    }

    @Test
    void t1IsCreatedWithItsNirAndReadBackWithAnEtag() {
        Response created = create(instructeur, People.jeanne());
        created.then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("nir", equalTo("2 41 03 76 540 123 31"))
                .body("nirMasked", equalTo(false))
                .body("birthPlace.label", containsString("Rouen"))
                .body("communeName", equalTo("Le Bourg-d'Oisans"))
                .body("resteAVivreMonthlyCents", equalTo(60_000))
                .body("resteAVivreDailyPerPersonCents", equalTo(2_000))
                .body("warnings", empty());
        String id = created.path("id");
        as(instructeur).get("/api/beneficiaries/" + id).then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("usageName", equalTo("MARTIN"))
                .body("firstNames", contains("Jeanne", "Marie"))
                .body("gir.level", equalTo(3))
                .body("notes", containsString("papiers"));
    }

    @Test
    void t2AWrongKeyIsRejectedAtTheNirField() {
        problem(create(instructeur, People.with(People.jeanne(), "nir", "2 41 03 76 540 123 32")).then(), 422, "validation")
                .body("errors.field", hasItem("nir"))
                .body("errors.message", hasItem(containsString("31")));
    }

    @Test
    void t14AMalformedNirIsRejected() {
        Map<String, Object> casanova = People.with(People.person("CASANOVA", "Pierre-Antoine", "MALE", "1950-07-02", "38052", "38520"),
                "birthPlace", Map.of("code", "2A004"));
        problem(create(instructeur, People.with(casanova, "nir", "1 50 07 2C 004 012 71")).then(), 422, "validation")
                .body("errors.field", hasItem("nir"));
        problem(create(instructeur, People.with(casanova, "nir", "1500720040127")).then(), 422, "validation")
                .body("errors.field", hasItem("nir"));
    }

    @Test
    void t3CorsicaAndT5ForeignBornAndT7UnknownMonthAreValid() {
        create(instructeur, People.with(People.with(People.person("CASANOVA", "Pierre-Antoine", "MALE", "1950-07-02", "38052",
                "38520"), "birthPlace", Map.of("code", "2A004")), "nir", "1 50 07 2A 004 012 71")).then().statusCode(201)
                .body("warnings", empty());
        create(instructeur, People.with(People.with(People.with(People.person("FERREIRA", "Joaquim", "MALE", "1948-05-09", "38052",
                "38520"), "birthPlace", Map.of("code", "99139")), "nationality", "EU"), "nir", "1 48 05 99 139 045 05"))
                .then().statusCode(201).body("birthPlace.label", equalTo("Portugal"));
        create(instructeur, People.with(People.with(People.with(People.person("EL AMRANI", "Fatima", "FEMALE", "1938-12-31", "38005",
                "38114"), "birthPlace", Map.of("code", "99350")), "nationality", "OTHER"), "nir", "2 38 20 99 350 007 19"))
                .then().statusCode(201);
    }

    @Test
    void aProvisionalOrInconsistentNirIsSavedWithAWarning() {
        Map<String, Object> body = People.with(People.jeanne(), "sex", "MALE");
        create(instructeur, body).then().statusCode(201)
                .body("warnings.field", hasItem("nir"))
                .body("nir", equalTo("2 41 03 76 540 123 31"));
    }

    @Test
    void placesAreCheckedAgainstTheOfficialGeographicCode() {
        problem(create(instructeur, People.with(People.jeanne(), "birthPlace", Map.of("code", "76999"))).then(), 422, "validation")
                .body("errors.field", hasItem("birthPlace.code"));
        problem(create(instructeur, People.with(People.jeanne(), "address", People.address("38052", "38000"))).then(), 422,
                "validation").body("errors.field", hasItem("address.postcode"))
                .body("errors.message", hasItem(containsString("38520")));
        problem(create(instructeur, People.with(People.jeanne(), "address", People.address("38520", "38520"))).then(), 422,
                "validation").body("errors.field", hasItem("address.communeCode"));
    }

    @Test
    void aCommuneOutsideTheTerritoryMustBeFlagged() {
        Map<String, Object> grenoble = People.address("38185", "38000");
        problem(create(instructeur, People.with(People.jeanne(), "address", grenoble)).then(), 422, "validation")
                .body("errors.field", hasItem("address.communeCode"));
        grenoble.put("outsideTerritory", true);
        create(instructeur, People.with(People.jeanne(), "address", grenoble)).then().statusCode(201)
                .body("address.outsideTerritory", equalTo(true));
    }

    @Test
    void aProtectionMeasureWithRepresentationNeedsTheRepresentative() {
        problem(create(instructeur, People.with(People.jeanne(), "protection", Map.of("type", "TUTELLE"))).then(), 422, "validation")
                .body("errors.field", hasItem("protection.mandataireName"));
    }

    @Test
    void aStaleUpdateIsRefusedWith412AndLosesNothing() {
        String id = create(instructeur, People.jeanne()).path("id");
        as(instructeur).header("If-Match", "\"0\"").body(People.with(People.jeanne(), "phone", "04 76 00 00 01"))
                .put("/api/beneficiaries/" + id).then().statusCode(200).header("ETag", "\"1\"");

        problem(as(instructeur).header("If-Match", "\"0\"").body(People.with(People.jeanne(), "phone", "04 76 99 99 99"))
                .put("/api/beneficiaries/" + id).then(), 412, "precondition-failed");
        problem(as(instructeur).body(People.jeanne()).put("/api/beneficiaries/" + id).then(), 428, "precondition-required");

        as(instructeur).get("/api/beneficiaries/" + id).then().body("phone", equalTo("04 76 00 00 01")).header("ETag", "\"1\"");
    }

    @Test
    void historyKeepsEveryChangedFieldWithWhoAndWhenButNeverEncryptedValues() {
        var agent = fixtures.agent(org, Role.INSTRUCTEUR);
        String token = fixtures.token(agent);
        String id = create(token, People.jeanne()).path("id");
        Map<String, Object> changed = People.with(People.with(People.jeanne(), "phone", "04 76 00 00 02"),
                "nir", "2 41 03 76 540 124 30");
        changed.put("notes", "Autre note");
        as(token).header("If-Match", "\"0\"").body(changed).put("/api/beneficiaries/" + id).then().statusCode(200);

        String body = as(token).get("/api/beneficiaries/" + id + "/history").then().statusCode(200)
                .body("[0].version", equalTo(1))
                .body("[0].agentId", equalTo(agent.id().toString()))
                .body("[0].changes.find { it.field == 'phone' }.before", equalTo("06 12 34 56 78"))
                .body("[0].changes.find { it.field == 'phone' }.after", equalTo("04 76 00 00 02"))
                .body("[0].changes.find { it.field == 'nir' }.after", equalTo("(valeur chiffrée)"))
                .body("[0].changes.find { it.field == 'notes' }.after", equalTo("(valeur chiffrée)"))
                .body("[1].changes[0].field", equalTo("fiche"))
                .extract().asString();
        assertThat(body).doesNotContain("540 124").doesNotContain("2410376540").doesNotContain("Autre note");
    }

    @Test
    void everyReadOfARecordIsInTheAccessLog() {
        var reader = fixtures.agent(org, Role.PRESIDENT);
        String id = create(instructeur, People.jeanne()).path("id");
        as(fixtures.token(reader)).get("/api/beneficiaries/" + id).then().statusCode(200);

        as(fixtures.token(fixtures.agent(org, Role.ADMIN))).queryParam("action", "BENEFICIARY_READ").queryParam("targetId", id)
                .get("/api/admin/audit").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].actorId", equalTo(reader.id().toString()));
    }

    @Test
    void archivingTakesARecordOutOfTheActiveList() {
        String id = create(instructeur, People.jeanne()).path("id");
        as(instructeur).post("/api/beneficiaries/" + id + "/archive").then().statusCode(200).body("status", equalTo("ARCHIVED"));
        as(instructeur).queryParam("q", "dupont").get("/api/beneficiaries").then().body("items.id", not(hasItem(id)));
        as(instructeur).queryParam("q", "dupont").queryParam("status", "ARCHIVED").get("/api/beneficiaries").then()
                .body("items.id", hasItem(id));
        as(instructeur).post("/api/beneficiaries/" + id + "/restore").then().statusCode(200).body("status", equalTo("ACTIVE"));
    }

    @Test
    void aFrontDeskAgentSeesTheNirMaskedAndNoNotesAndKeepsThemOnUpdate() {
        var accueil = fixtures.token(fixtures.agent(org, Role.ACCUEIL, "38052"));
        String id = create(instructeur, People.jeanne()).path("id");

        as(accueil).get("/api/beneficiaries/" + id).then().statusCode(200)
                .body("nirMasked", equalTo(true))
                .body("nir", not(containsString("540 123")))
                .body("notes", nullValue());
        Map<String, Object> edit = People.with(People.jeanne(), "phone", "04 76 11 11 11");
        edit.remove("nir");
        edit.remove("notes");
        as(accueil).header("If-Match", "\"0\"").body(edit).put("/api/beneficiaries/" + id).then().statusCode(200);

        as(instructeur).get("/api/beneficiaries/" + id).then()
                .body("nir", equalTo("2 41 03 76 540 123 31"))
                .body("notes", containsString("papiers"))
                .body("phone", equalTo("04 76 11 11 11"));
    }

    @Test
    void aPresidentReadsButDoesNotWrite() {
        String president = fixtures.token(fixtures.agent(org, Role.PRESIDENT));
        problem(create(president, People.jeanne()).then(), 403, "forbidden");
        String id = create(instructeur, People.jeanne()).path("id");
        as(president).get("/api/beneficiaries/" + id).then().statusCode(200).body("nirMasked", equalTo(false));
    }
}
