package fr.entraide.beneficiary.retention;

import static fr.entraide.testing.Api.as;
import static fr.entraide.testing.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import fr.entraide.security.Role;
import fr.entraide.testing.Fixtures;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RetentionTest {

    @Inject
    Fixtures fixtures;

    @Inject
    RetentionService retention;

    @Inject
    jakarta.persistence.EntityManager em;

    private static Map<String, Object> person(String name, LocalDate lastContact) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("birthName", name);
        body.put("firstNames", List.of("Rose"));
        body.put("sex", "FEMALE");
        body.put("birthDate", "1940-05-05");
        body.put("birthPlace", Map.of("code", "38185"));
        body.put("nationality", "FRENCH");
        body.put("nir", null);
        body.put("phone", "06 00 00 00 01");
        body.put("address", Map.of("communeCode", "38052", "postcode", "38520"));
        body.put("lastContactOn", lastContact.toString());
        return body;
    }

    @Test
    void aSimulationComesFirstThenOldFilesAreArchivedThenAnonymised() {
        var org = fixtures.cias();
        String admin = fixtures.token(fixtures.agent(org, Role.ADMIN));
        String instructeur = fixtures.token(fixtures.agent(org, Role.INSTRUCTEUR));
        LocalDate today = LocalDate.now();
        String old = as(instructeur).body(person("Ancienne", today.minusYears(3))).post("/api/beneficiaries").then()
                .statusCode(201).extract().path("id");
        String recent = as(instructeur).body(person("Récente", today.minusMonths(2))).post("/api/beneficiaries").then()
                .statusCode(201).extract().path("id");

        problem(as(admin).post("/api/admin/retention/run").then(), 409, "conflict");

        as(admin).get("/api/admin/retention/preview").then().statusCode(200)
                .body("mode", equalTo("DRY_RUN"))
                .body("archiveCount", equalTo(1))
                .body("toArchive.id", hasItem(old))
                .body("toArchive.id", not(hasItem(recent)));
        as(instructeur).get("/api/beneficiaries/" + old).then().body("status", equalTo("ACTIVE"));

        as(admin).post("/api/admin/retention/run").then().statusCode(200).body("mode", equalTo("APPLIED"))
                .body("archiveCount", equalTo(1));
        as(instructeur).get("/api/beneficiaries/" + old).then().body("status", equalTo("ARCHIVED"));
        as(instructeur).get("/api/beneficiaries/" + recent).then().body("status", equalTo("ACTIVE"));

        QuarkusMock.installMockForType(Clock.offset(Clock.systemUTC(), Duration.ofDays(4 * 366)), Clock.class);
        as(admin).get("/api/admin/retention/preview").then().statusCode(200)
                .body("toAnonymise.id", hasItem(old))
                .body("toArchive.id", hasItem(recent));
        as(admin).post("/api/admin/retention/run").then().statusCode(200).body("anonymiseCount", equalTo(1));

        as(instructeur).get("/api/beneficiaries/" + old).then().statusCode(200)
                .body("status", equalTo("ANONYMISED"))
                .body("birthName", equalTo("ANONYME"))
                .body("phone", nullValue())
                .body("birthDate", equalTo("1940-01-01"))
                .body("address.communeCode", equalTo("38052"));
        as(instructeur).get("/api/beneficiaries/" + old + "/history").then().body("$", empty());
        // Nothing of the name is left to search for: not the file, not its words in the search dictionary.
        as(instructeur).queryParam("q", "ancienne rose").queryParam("status", "ALL").get("/api/beneficiaries").then()
                .statusCode(200).body("total", equalTo(0));
        assertThat(em.createNativeQuery("select word from name_word where organisation_id = ?1")
                .setParameter(1, org.id()).getResultList()).doesNotContain("ancienne").contains("recente", "rose");
        as(admin).get("/api/admin/retention/runs").then().statusCode(200)
                .body("mode", hasItem("DRY_RUN")).body("mode", hasItem("APPLIED"));
    }

    @Test
    void theNightlyJobOnlySimulatesUntilTheOrganisationSwitchesItOn() {
        var org = fixtures.cias();
        String admin = fixtures.token(fixtures.agent(org, Role.ADMIN));
        String instructeur = fixtures.token(fixtures.agent(org, Role.INSTRUCTEUR));
        String old = as(instructeur).body(person("Nocturne", LocalDate.now().minusYears(5))).post("/api/beneficiaries").then()
                .statusCode(201).extract().path("id");

        retention.nightly();
        as(instructeur).get("/api/beneficiaries/" + old).then().body("status", equalTo("ACTIVE"));

        as(admin).put("/api/admin/retention/automatic").then().statusCode(200).body("automatic", equalTo(true));
        retention.nightly();

        as(instructeur).get("/api/beneficiaries/" + old).then().body("status", equalTo("ARCHIVED"));
        List<String> triggers = as(admin).get("/api/admin/retention/runs").then().extract().path("trigger");
        assertThat(triggers).contains("SCHEDULED", "MANUAL");
    }
}
