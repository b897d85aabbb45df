package fr.entraide.organisation;

import static fr.entraide.testing.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import fr.entraide.security.Role;
import fr.entraide.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditTrailTest {

    @Inject
    Fixtures fixtures;

    @Test
    void adminActionsAreTracedWithoutPersonalDataAndOnlyForTheirOrganisation() {
        var org = fixtures.cias();
        var admin = fixtures.agent(org, Role.ADMIN);
        String token = fixtures.token(admin);
        String id = as(token).body(Map.of("email", "trace." + System.nanoTime() + "@cias.example.fr", "firstName", "Zoé",
                "lastName", "Tracée", "roles", List.of("PRESIDENT"), "communes", List.of(), "password", "mot-de-passe-long-1"))
                .post("/api/admin/agents").then().statusCode(201).extract().path("id");

        String body = as(token).queryParam("action", "AGENT_CREATED").get("/api/admin/audit").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].targetId", equalTo(id))
                .body("items[0].actorId", equalTo(admin.id().toString()))
                .body("items[0].details.roles", hasItem("PRESIDENT"))
                .extract().asString();
        assertThat(body).doesNotContain("Tracée").doesNotContain("trace.");

        var otherAdmin = fixtures.token(fixtures.agent(fixtures.cias(), Role.ADMIN));
        as(otherAdmin).queryParam("targetId", id).get("/api/admin/audit").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void failedLoginsAreTraced() {
        var org = fixtures.cias();
        var agent = fixtures.agent(org, Role.INSTRUCTEUR);
        fr.entraide.testing.Api.anonymous().body(Map.of("email", agent.email(), "password", "faux-mot-de-passe"))
                .post("/api/auth/login").then().statusCode(401);
        as(fixtures.token(fixtures.agent(org, Role.ADMIN))).queryParam("targetId", agent.id().toString())
                .get("/api/admin/audit").then().statusCode(200)
                .body("items.action", hasItem("LOGIN_FAILED"))
                .body("items.actorType", everyItem(equalTo("SYSTEM")));
    }
}
