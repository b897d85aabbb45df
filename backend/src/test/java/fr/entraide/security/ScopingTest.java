package fr.entraide.security;

import static fr.entraide.testing.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;

import fr.entraide.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The shared scoping mechanism at the HTTP edge: organisation first, then commune for ACCUEIL. */
@QuarkusTest
class ScopingTest {

    @Inject
    Fixtures fixtures;

    @Test
    void accueilAgentSeesOnlyItsCommunes() {
        var org = fixtures.cias();
        var accueil = fixtures.agent(org, Role.ACCUEIL, "38005");

        as(fixtures.token(accueil)).get("/api/communes").then().statusCode(200).body("inseeCode", contains("38005"));
        as(fixtures.token(accueil)).get("/api/me").then().statusCode(200).body("communes.inseeCode", contains("38005"));
    }

    @Test
    void instructeurAndPresidentSeeEveryCommuneOfTheirOrganisationOnly() {
        var org = fixtures.cias();
        var other = fixtures.organisation(fr.entraide.organisation.OrganisationKind.CCAS, "17369");
        for (Role role : new Role[] { Role.INSTRUCTEUR, Role.PRESIDENT, Role.ADMIN }) {
            as(fixtures.token(fixtures.agent(org, role))).get("/api/communes").then().statusCode(200)
                    .body("inseeCode", containsInAnyOrder("38052", "38005", "38527"));
        }
        as(fixtures.token(fixtures.agent(other, Role.INSTRUCTEUR))).get("/api/communes").then().statusCode(200)
                .body("inseeCode", contains("17369"));
    }

    @Test
    void aWithdrawnRoleStopsCountingBeforeTheTokenExpires() {
        var org = fixtures.cias();
        var agent = fixtures.agent(org, java.util.EnumSet.of(Role.ADMIN, Role.INSTRUCTEUR));
        String token = fixtures.token(agent);
        var admin = fixtures.agent(org, Role.ADMIN);
        as(fixtures.token(admin)).body(java.util.Map.of("firstName", "A", "lastName", "B", "roles", java.util.List.of("INSTRUCTEUR"),
                "communes", java.util.List.of(), "enabled", true)).put("/api/admin/agents/" + agent.id()).then().statusCode(200);

        fr.entraide.testing.Api.problem(as(token).get("/api/admin/agents").then(), 403, "forbidden");
    }
}
