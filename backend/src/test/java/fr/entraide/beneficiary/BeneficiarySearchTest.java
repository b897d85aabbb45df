package fr.entraide.beneficiary;

import static fr.entraide.testing.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import fr.entraide.security.Role;
import fr.entraide.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BeneficiarySearchTest {

    @Inject
    Fixtures fixtures;

    private String token;
    private String eloiseLefevre;
    private String eloiseLefebvre;
    private String dupont;

    @BeforeEach
    void setUp() {
        var org = fixtures.cias();
        token = fixtures.token(fixtures.agent(org, Role.INSTRUCTEUR));
        eloiseLefevre = create(People.person("Lefèvre", "Éloïse", "FEMALE", "1950-02-03", "38052", "38520"));
        eloiseLefebvre = create(People.person("Lefebvre", "Éloïse", "FEMALE", "1952-06-07", "38005", "38114"));
        create(People.person("Lefort", "Louise", "FEMALE", "1948-01-01", "38527", "38114"));
        dupont = create(People.with(People.with(People.person("Dupont", "Jean-Michel", "MALE", "1941-03-14", "38052", "38520"),
                "birthPlace", Map.of("code", "76540")), "phone", "+33 6 12 34 56 78"));
    }

    private String create(Map<String, Object> body) {
        return as(token).body(body).post("/api/beneficiaries").then().statusCode(201).extract().path("id");
    }

    @Test
    void namesAreFoundWithoutAccentsAndLefebvreRanksNear() {
        List<String> ids = as(token).queryParam("q", "eloise lefevre").get("/api/beneficiaries").then().statusCode(200)
                .extract().path("items.id");
        assertThat(ids).startsWith(eloiseLefevre).contains(eloiseLefebvre).doesNotContain(dupont);
        assertThat(ids.indexOf(eloiseLefebvre)).isLessThanOrEqualTo(2);
    }

    @Test
    void withSeveralWordsTheNamesBeginningWithTheFirstOneComeFirst() {
        // "jean dupont": Jean (surname) Dupont (first name) before Dupont Jean-Michel, though D < J.
        String jean = create(People.person("Jean", "Dupont", "MALE", "1960-05-06", "38052", "38520"));
        as(token).queryParam("q", "jean dupont").get("/api/beneficiaries").then().statusCode(200)
                .body("items.id", contains(jean, dupont))
                .body("total", equalTo(2));
        as(token).queryParam("q", "dupont jean").get("/api/beneficiaries").then().statusCode(200)
                .body("items.id", contains(dupont, jean));
    }

    @Test
    void aShortWordFollowedByAnotherIsAWholeWordWhileTheLastOneStaysABeginning() {
        String leGuen = create(People.person("Le Guen", "Marie", "FEMALE", "1951-04-05", "38052", "38520"));
        String lebrun = create(People.person("Lebrun", "Guenola", "FEMALE", "1953-08-09", "38052", "38520"));
        String lHermitte = create(People.person("L'Hermitte", "Nicolas", "MALE", "1947-10-11", "38052", "38520"));
        // Before: "le" as the beginning of any word, so Lebrun Guenola matched too.
        as(token).queryParam("q", "le guen").get("/api/beneficiaries").then().statusCode(200)
                .body("items.id", contains(leGuen)).body("total", equalTo(1));
        as(token).queryParam("q", "l'hermitte").get("/api/beneficiaries").then().statusCode(200)
                .body("items.id", contains(lHermitte));
        as(token).queryParam("q", "l hermitte nicolas").get("/api/beneficiaries").then().statusCode(200)
                .body("items.id", contains(lHermitte));
        List<String> typing = as(token).queryParam("q", "guen le").get("/api/beneficiaries").then().statusCode(200)
                .extract().path("items.id");
        assertThat(typing).contains(leGuen, lebrun).doesNotContain(lHermitte);
    }

    @Test
    void aTypoStillFindsThePerson() {
        as(token).queryParam("q", "lefebre eloise").get("/api/beneficiaries").then().statusCode(200)
                .body("items.id", hasItem(eloiseLefebvre));
        as(token).queryParam("q", "dupond").get("/api/beneficiaries").then().statusCode(200)
                .body("items.id", hasItem(dupont));
        as(token).queryParam("q", "ledevre eloise").get("/api/beneficiaries").then().statusCode(200)
                .body("items.id", hasItem(eloiseLefevre));
    }

    @Test
    void aLookAlikeDiffersByOneWordNotByAll() {
        String exact = create(People.person("Olivier", "Élise", "FEMALE", "1950-01-02", "38052", "38520"));
        String oneSlip = create(People.person("Ollivier", "Élise", "FEMALE", "1951-02-03", "38052", "38520"));
        String twoSlips = create(People.person("Oliveira", "Éloïse", "FEMALE", "1952-03-04", "38052", "38520"));
        List<String> ids = as(token).queryParam("q", "olivier elise").get("/api/beneficiaries").then().statusCode(200)
                .extract().path("items.id");
        assertThat(ids).startsWith(exact).contains(oneSlip).doesNotContain(twoSlips);
        // With a typo, the misspelt word alone is replaced.
        as(token).queryParam("q", "olivir eloise").get("/api/beneficiaries").then().statusCode(200)
                .body("items.id", contains(twoSlips));
    }

    @Test
    void aNameJustRecordedIsCorrectedAtOnce() {
        as(token).queryParam("q", "dupond").get("/api/beneficiaries").then().statusCode(200).body("items.id", hasItem(dupont));
        String created = create(People.person("Zwanziger", "Oda", "FEMALE", "1949-09-09", "38052", "38520"));
        as(token).queryParam("q", "zwanzigr").get("/api/beneficiaries").then().statusCode(200).body("items.id", contains(created));
        String renamed = as(token).get("/api/beneficiaries/" + dupont).then().extract().header("ETag");
        var body = People.with(People.person("Duponchelle", "Jean-Michel", "MALE", "1941-03-14", "38052", "38520"),
                "birthPlace", Map.of("code", "76540"));
        as(token).header("If-Match", renamed).body(body).put("/api/beneficiaries/" + dupont).then().statusCode(200);
        as(token).queryParam("q", "duponchele").get("/api/beneficiaries").then().statusCode(200).body("items.id", contains(dupont));
    }

    @Test
    void theStartOfANameIsEnoughWhileTyping() {
        as(token).queryParam("q", "jean-mi").get("/api/beneficiaries").then().statusCode(200).body("items.id", contains(dupont));
    }

    @Test
    void birthDateNirAndPhoneAreSearchable() {
        as(token).queryParam("q", "14/03/1941").get("/api/beneficiaries").then().body("items.id", contains(dupont));
        as(token).queryParam("q", "06 12 34 56 78").get("/api/beneficiaries").then().body("items.id", contains(dupont));
        String withNir = create(People.with(People.jeanne(), "birthName", "DUPONT-NIR"));
        as(token).queryParam("q", "241037654012331").get("/api/beneficiaries").then().body("items.id", contains(withNir));
        as(token).queryParam("q", "2 41 03 76 540 123").get("/api/beneficiaries").then().body("items.id", contains(withNir));
    }

    @Inject
    fr.entraide.demo.BulkSeeder seeder;

    @Test
    void aVeryWideSearchCapsItsCountInsteadOfCountingEverything() {
        var big = fixtures.cias();
        seeder.append(big.id(), new fr.entraide.demo.FictitiousPeople(7, java.time.LocalDate.now(), big.communes()), 1_050, done -> { });
        String reader = fixtures.token(fixtures.agent(big, Role.INSTRUCTEUR));
        as(reader).queryParam("size", 5).get("/api/beneficiaries").then().statusCode(200)
                .body("total", equalTo(1000))
                .body("totalCapped", equalTo(true))
                .body("items.size()", equalTo(5));
        as(reader).queryParam("q", "zzzzqqqq").get("/api/beneficiaries").then().statusCode(200)
                .body("total", equalTo(0))
                .body("totalCapped", equalTo(false));
        // A name search says "more than 200" (a single letter begins too many words: searched as a prefix).
        as(reader).queryParam("q", "a").queryParam("size", 5).get("/api/beneficiaries").then().statusCode(200)
                .body("total", equalTo(200))
                .body("totalCapped", equalTo(true))
                .body("items.size()", equalTo(5));
        // The same with two words whose matches are above the cap (read range by range, not counted further).
        as(reader).queryParam("q", "a a").queryParam("size", 5).get("/api/beneficiaries").then().statusCode(200)
                .body("total", equalTo(200))
                .body("totalCapped", equalTo(true))
                .body("items.size()", equalTo(5));
        // Pages follow each other without a gap or a repeat, across names beginning with the first
        // word (read in name order) and the other matches.
        // Single words, several words with few matches (ranked and counted at once through the
        // full-text index) and several words with more than the cap (read range by range).
        for (String q : List.of("ma", "a", "marie", "jean", "jean ma", "ma jean", "a a", "marie l")) {
            List<String> whole = as(reader).queryParam("q", q).queryParam("size", 24).get("/api/beneficiaries").then()
                    .statusCode(200).extract().path("items.id");
            List<String> paged = new java.util.ArrayList<>();
            for (int page = 0; page < 4; page++) {
                paged.addAll(as(reader).queryParam("q", q).queryParam("size", 6).queryParam("page", page)
                        .get("/api/beneficiaries").then().statusCode(200).extract().path("items.id"));
            }
            assertThat(paged).as(q).isEqualTo(whole).doesNotHaveDuplicates();
            // A filter on a column the name index lacks (here one every person passes) reads every match
            // through the full-text index instead of walking the names in order: the same page.
            assertThat(as(reader).queryParam("q", q).queryParam("size", 24).queryParam("ageMin", 0).get("/api/beneficiaries")
                    .then().statusCode(200).extract().<List<String>>path("items.id")).as(q + ", every match read").isEqualTo(whole);
        }
    }

    @Test
    void filtersAndPaginationAreStableWithATotal() {
        as(token).queryParam("commune", "38052").queryParam("size", 1).queryParam("sort", "NAME").get("/api/beneficiaries").then()
                .body("total", equalTo(2))
                .body("items.id", contains(dupont));
        as(token).queryParam("commune", "38052").queryParam("size", 1).queryParam("page", 1).queryParam("sort", "NAME")
                .get("/api/beneficiaries").then().body("items.id", contains(eloiseLefevre));
        as(token).queryParam("ageMin", 80).get("/api/beneficiaries").then().body("items.id", hasItem(dupont))
                .body("items.id", not(hasItem(eloiseLefebvre)));
    }
}
