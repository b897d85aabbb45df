package fr.entraide.security;

import static fr.entraide.testing.Api.anonymous;
import static fr.entraide.testing.Api.as;
import static fr.entraide.testing.Api.problem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import fr.entraide.testing.Fixtures;
import fr.entraide.testing.Fixtures.TestAgent;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuthTest {

    @Inject
    Fixtures fixtures;

    private Response login(String email, String password) {
        return anonymous().body(Map.of("email", email, "password", password)).post("/api/auth/login");
    }

    @Test
    void loginReturnsAnRs256AccessTokenWithRolesAndOrganisationAndSetsAnHttpOnlyRefreshCookie() {
        var org = fixtures.cias();
        TestAgent agent = fixtures.agent(org, Role.INSTRUCTEUR);

        Response response = login(agent.email(), Fixtures.PASSWORD);

        response.then().statusCode(200)
                .body("tokenType", equalTo("Bearer"))
                .body("expiresIn", equalTo(900))
                .body("me.id", equalTo(agent.id().toString()))
                .body("me.roles", contains("INSTRUCTEUR"))
                .body("me.organisation.id", equalTo(org.id().toString()))
                .body("me.organisation.kind", equalTo("CIAS"));
        String cookie = response.getHeader("Set-Cookie");
        assertThat(cookie).contains("entraide_refresh=").contains("HttpOnly").contains("SameSite=Strict").contains("Path=/api/auth");
        String[] parts = response.path("accessToken").toString().split("\\.");
        String header = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertThat(header).contains("\"alg\":\"RS256\"");
        assertThat(claims).contains("\"groups\":[\"INSTRUCTEUR\"]").contains("\"org\":\"" + org.id() + "\"")
                .contains("\"token_use\":\"staff\"");
        assertThat(claims).doesNotContain("Nom").doesNotContain(agent.email());
    }

    @Test
    void theAccessTokenFromLoginOpensMe() {
        var org = fixtures.cias();
        TestAgent agent = fixtures.agent(org, Role.ACCUEIL, "38005");
        String token = login(agent.email(), Fixtures.PASSWORD).path("accessToken");

        as(token).get("/api/me").then().statusCode(200)
                .body("email", equalTo(agent.email()))
                .body("communes.inseeCode", contains("38005"));
    }

    @Test
    void wrongPasswordAndUnknownEmailGiveTheSameAnswer() {
        TestAgent agent = fixtures.agent(fixtures.cias(), Role.INSTRUCTEUR);

        Response wrongPassword = login(agent.email(), "pas-le-bon-mot-de-passe");
        Response unknownEmail = login("personne-" + agent.id() + "@test.entraide.fr", "pas-le-bon-mot-de-passe");

        problem(wrongPassword.then(), 401, "invalid-credentials");
        problem(unknownEmail.then(), 401, "invalid-credentials");
        assertThat(wrongPassword.path("detail").toString()).isEqualTo(unknownEmail.path("detail").toString())
                .isEqualTo("Adresse électronique ou mot de passe incorrect.");
    }

    @Test
    void fiveFailuresLockTheAccountForFifteenMinutesEvenWithTheRightPassword() {
        TestAgent agent = fixtures.agent(fixtures.cias(), Role.INSTRUCTEUR);
        for (int i = 0; i < 5; i++) {
            problem(login(agent.email(), "mauvais-" + i).then(), 401, "invalid-credentials");
        }

        Response locked = login(agent.email(), Fixtures.PASSWORD);

        problem(locked.then(), 429, "account-locked").body("detail", containsString("verrouillé"));
        assertThat(Integer.parseInt(locked.getHeader("Retry-After"))).isBetween(800, 900);

        QuarkusMock.installMockForType(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(16)), Clock.class);
        login(agent.email(), Fixtures.PASSWORD).then().statusCode(200);
    }

    @Test
    void unknownEmailsAreLockedToo() {
        String email = "inconnu-" + System.nanoTime() + "@test.entraide.fr";
        for (int i = 0; i < 5; i++) {
            login(email, "mauvais");
        }
        problem(login(email, "mauvais").then(), 429, "account-locked");
    }

    @Test
    void fourFailuresThenASuccessDoNotLock() {
        TestAgent agent = fixtures.agent(fixtures.cias(), Role.INSTRUCTEUR);
        for (int i = 0; i < 4; i++) {
            login(agent.email(), "mauvais");
        }
        login(agent.email(), Fixtures.PASSWORD).then().statusCode(200);
        for (int i = 0; i < 4; i++) {
            login(agent.email(), "mauvais");
        }
        login(agent.email(), Fixtures.PASSWORD).then().statusCode(200);
    }

    @Test
    void refreshRotatesTheCookieAndReusingASpentOneRevokesTheWholeSession() {
        TestAgent agent = fixtures.agent(fixtures.cias(), Role.PRESIDENT);
        String first = login(agent.email(), Fixtures.PASSWORD).getCookie("entraide_refresh");

        Response refreshed = given().cookie("entraide_refresh", first).post("/api/auth/refresh");
        refreshed.then().statusCode(200).body("accessToken", notNullValue()).body("me.id", equalTo(agent.id().toString()));
        String second = refreshed.getCookie("entraide_refresh");
        assertThat(second).isNotBlank().isNotEqualTo(first);

        problem(given().cookie("entraide_refresh", first).post("/api/auth/refresh").then(), 401, "unauthorized");
        problem(given().cookie("entraide_refresh", second).post("/api/auth/refresh").then(), 401, "unauthorized");
    }

    @Test
    void refreshWithoutCookieIsUnauthorized() {
        problem(given().post("/api/auth/refresh").then(), 401, "unauthorized");
        problem(given().cookie("entraide_refresh", "n-importe-quoi").post("/api/auth/refresh").then(), 401, "unauthorized");
    }

    @Test
    void logoutRevokesTheSessionAndClearsTheCookie() {
        TestAgent agent = fixtures.agent(fixtures.cias(), Role.INSTRUCTEUR);
        String cookie = login(agent.email(), Fixtures.PASSWORD).getCookie("entraide_refresh");

        Response logout = given().cookie("entraide_refresh", cookie).post("/api/auth/logout");

        logout.then().statusCode(204);
        assertThat(logout.getHeader("Set-Cookie")).contains("Max-Age=0");
        problem(given().cookie("entraide_refresh", cookie).post("/api/auth/refresh").then(), 401, "unauthorized");
    }

    @Test
    void aDisabledAgentIsRefusedAtOnceDespiteAValidToken() {
        TestAgent agent = fixtures.agent(fixtures.cias(), Role.INSTRUCTEUR);
        String token = fixtures.token(agent);
        as(token).get("/api/me").then().statusCode(200);

        fixtures.disable(agent);

        problem(as(token).get("/api/me").then(), 401, "unauthorized");
        problem(login(agent.email(), Fixtures.PASSWORD).then(), 401, "invalid-credentials");
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefused() throws Exception {
        var generator = java.security.KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var foreign = generator.generateKeyPair();
        TestAgent agent = fixtures.agent(fixtures.cias(), Role.ADMIN);
        String forged = io.smallrye.jwt.build.Jwt.issuer("https://entraide.local").subject(agent.id().toString())
                .groups("ADMIN").claim("org", agent.organisationId().toString()).claim("token_use", "staff")
                .expiresAt(Instant.now().plusSeconds(600)).sign(foreign.getPrivate());

        problem(as(forged).get("/api/me").then(), 401, "unauthorized");
    }

    @Test
    void aTokenOnceAcceptedDoesNotVouchForAnAlteredCopy() {
        TestAgent agent = fixtures.agent(fixtures.cias(), Role.ACCUEIL);
        String token = fixtures.token(agent);
        as(token).get("/api/me").then().statusCode(200);
        as(token).get("/api/me").then().statusCode(200).body("roles", contains("ACCUEIL"));

        // Same signature, payload with more roles: verified again (VerifiedTokens keys on the whole text), refused.
        String[] parts = token.split("\\.");
        Base64.Decoder decoder = Base64.getUrlDecoder();
        String payload = new String(decoder.decode(parts[1]), StandardCharsets.UTF_8).replace("\"ACCUEIL\"", "\"ADMIN\"");
        String altered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
        problem(as(altered).get("/api/me").then(), 401, "unauthorized");
        problem(as(token.substring(0, token.length() - 2) + (token.endsWith("A") ? "BB" : "AA")).get("/api/me").then(), 401,
                "unauthorized");
        as(token).get("/api/me").then().statusCode(200);
    }

    @Test
    void anExpiredTokenIsRefused() {
        TestAgent agent = fixtures.agent(fixtures.cias(), Role.ADMIN);
        QuarkusMock.installMockForType(Clock.fixed(Instant.now().minus(Duration.ofHours(1)), ZoneOffset.UTC), Clock.class);
        String expired = fixtures.token(agent);

        problem(as(expired).get("/api/me").then(), 401, "unauthorized");
    }
}
