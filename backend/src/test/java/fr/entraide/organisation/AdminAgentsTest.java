package fr.entraide.organisation;

import static fr.entraide.testing.Api.anonymous;
import static fr.entraide.testing.Api.as;
import static fr.entraide.testing.Api.problem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import fr.entraide.security.Role;
import fr.entraide.testing.Fixtures;
import fr.entraide.testing.Fixtures.Org;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AdminAgentsTest {

    @Inject
    Fixtures fixtures;

    private Org org;
    private Fixtures.TestAgent admin;
    private String adminToken;

    @BeforeEach
    void setUp() {
        org = fixtures.cias();
        admin = fixtures.agent(org, Role.ADMIN);
        adminToken = fixtures.token(admin);
    }

    private Map<String, Object> newAgent(String email, List<String> roles, List<String> communes) {
        Map<String, Object> body = new HashMap<>();
        body.put("email", email);
        body.put("firstName", "Élodie");
        body.put("lastName", "Lefèvre");
        body.put("roles", roles);
        body.put("communes", communes);
        body.put("password", "mot-de-passe-initial-solide");
        return body;
    }

    private static String uniqueEmail() {
        return "nouvel.agent." + UUID.randomUUID().toString().substring(0, 8) + "@cias.example.fr";
    }

    @Test
    void anAdminCreatesAnAgentWhoCanThenLogIn() {
        String email = uniqueEmail();
        as(adminToken).body(newAgent(email, List.of("INSTRUCTEUR"), List.of())).post("/api/admin/agents").then()
                .statusCode(201)
                .header("Location", containsString("/api/admin/agents/"))
                .body("email", equalTo(email))
                .body("firstName", equalTo("Élodie"))
                .body("roles", contains("INSTRUCTEUR"))
                .body("enabled", equalTo(true));

        anonymous().body(Map.of("email", email.toUpperCase(), "password", "mot-de-passe-initial-solide"))
                .post("/api/auth/login").then().statusCode(200).body("me.lastName", equalTo("Lefèvre"));
        as(adminToken).get("/api/admin/agents").then().statusCode(200).body("email", hasItem(email));
    }

    @Test
    void anAccueilAgentNeedsCommunesOfTheOrganisation() {
        problem(as(adminToken).body(newAgent(uniqueEmail(), List.of("ACCUEIL"), List.of())).post("/api/admin/agents").then(),
                422, "validation").body("errors[0].field", equalTo("communes"));
        problem(as(adminToken).body(newAgent(uniqueEmail(), List.of("ACCUEIL"), List.of("38005", "75056")))
                .post("/api/admin/agents").then(), 422, "validation")
                .body("errors[0].field", equalTo("communes[1]"));
        as(adminToken).body(newAgent(uniqueEmail(), List.of("ACCUEIL"), List.of("38005"))).post("/api/admin/agents")
                .then().statusCode(201).body("communes.inseeCode", contains("38005"));
    }

    @Test
    void communesAreOnlyForAccueilAgents() {
        problem(as(adminToken).body(newAgent(uniqueEmail(), List.of("INSTRUCTEUR"), List.of("38005")))
                .post("/api/admin/agents").then(), 422, "validation");
    }

    @Test
    void anEmailIsUniqueWhateverItsCase() {
        String email = uniqueEmail();
        as(adminToken).body(newAgent(email, List.of("INSTRUCTEUR"), List.of())).post("/api/admin/agents").then().statusCode(201);
        problem(as(adminToken).body(newAgent(email.toUpperCase(), List.of("PRESIDENT"), List.of())).post("/api/admin/agents")
                .then(), 409, "conflict").body("errors[0].field", equalTo("email"));
    }

    @Test
    void disablingAnAgentEndsItsAccessAndRolesCanChange() {
        var agent = fixtures.agent(org, Role.INSTRUCTEUR);
        String agentToken = fixtures.token(agent);

        as(adminToken).body(Map.of("firstName", "Prénom", "lastName", "Nom", "roles", List.of("INSTRUCTEUR", "PRESIDENT"),
                "communes", List.of(), "enabled", true)).put("/api/admin/agents/" + agent.id()).then().statusCode(200)
                .body("roles", contains("INSTRUCTEUR", "PRESIDENT"));
        as(adminToken).body(Map.of("firstName", "Prénom", "lastName", "Nom", "roles", List.of("INSTRUCTEUR"),
                "communes", List.of(), "enabled", false)).put("/api/admin/agents/" + agent.id()).then().statusCode(200)
                .body("enabled", equalTo(false));

        problem(as(agentToken).get("/api/me").then(), 401, "unauthorized");
    }

    @Test
    void anAdminCannotDemoteOrDisableItself() {
        problem(as(adminToken).body(Map.of("firstName", "A", "lastName", "B", "roles", List.of("INSTRUCTEUR"),
                "communes", List.of(), "enabled", true)).put("/api/admin/agents/" + admin.id()).then(), 409, "conflict");
        problem(as(adminToken).body(Map.of("firstName", "A", "lastName", "B", "roles", List.of("ADMIN"),
                "communes", List.of(), "enabled", false)).put("/api/admin/agents/" + admin.id()).then(), 409, "conflict");
    }

    @Test
    void agentsOfAnotherOrganisationAreInvisible() {
        Org other = fixtures.cias();
        var stranger = fixtures.agent(other, Role.INSTRUCTEUR);

        as(adminToken).get("/api/admin/agents").then().statusCode(200).body("id", not(hasItem(stranger.id().toString())));
        problem(as(adminToken).get("/api/admin/agents/" + stranger.id()).then(), 404, "not-found");
        problem(as(adminToken).body(Map.of("firstName", "A", "lastName", "B", "roles", List.of("ADMIN"),
                "communes", List.of(), "enabled", false)).put("/api/admin/agents/" + stranger.id()).then(), 404, "not-found");
        problem(as(adminToken).body(Map.of("password", "un-nouveau-mot-de-passe"))
                .post("/api/admin/agents/" + stranger.id() + "/password").then(), 404, "not-found");
    }

    @Test
    void aPasswordResetEndsTheAgentsSessions() {
        var agent = fixtures.agent(org, Role.INSTRUCTEUR);
        String cookie = anonymous().body(Map.of("email", agent.email(), "password", Fixtures.PASSWORD))
                .post("/api/auth/login").getCookie("entraide_refresh");

        as(adminToken).body(Map.of("password", "un-nouveau-mot-de-passe")).post("/api/admin/agents/" + agent.id() + "/password")
                .then().statusCode(204);

        problem(io.restassured.RestAssured.given().cookie("entraide_refresh", cookie).post("/api/auth/refresh").then(),
                401, "unauthorized");
        anonymous().body(Map.of("email", agent.email(), "password", "un-nouveau-mot-de-passe")).post("/api/auth/login")
                .then().statusCode(200);
    }
}
