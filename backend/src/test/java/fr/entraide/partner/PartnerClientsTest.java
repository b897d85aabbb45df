package fr.entraide.partner;

import static fr.entraide.testing.Api.as;
import static fr.entraide.testing.Api.problem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import fr.entraide.security.Role;
import fr.entraide.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PartnerClientsTest {

    @Inject
    Fixtures fixtures;

    private static Response token(String clientId, String secret) {
        return given().contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId)
                .formParam("client_secret", secret)
                .post("/api/oauth/token");
    }

    @Test
    void anAdminRegistersAPartnerWhoseSecretIsShownOnceAndWorks() {
        var org = fixtures.cias();
        String admin = fixtures.token(fixtures.agent(org, Role.ADMIN));

        Response created = as(admin).body(Map.of("name", "Département de l'Isère", "type", "DEPARTEMENT", "departement", "38"))
                .post("/api/admin/partners");
        created.then().statusCode(201).body("client.type", equalTo("DEPARTEMENT")).body("clientSecret", notNullValue());
        String clientId = created.path("client.clientId");
        String secret = created.path("clientSecret");

        String list = as(admin).get("/api/admin/partners").then().statusCode(200)
                .body("clientId", hasItem(clientId)).extract().asString();
        assertThat(list).doesNotContain(secret);
        String id = created.path("client.id");
        String one = as(admin).get("/api/admin/partners/" + id).then().statusCode(200)
                .body("clientId", equalTo(clientId)).body("type", equalTo("DEPARTEMENT")).body("departement", equalTo("38"))
                .body("enabled", equalTo(true)).extract().asString();
        assertThat(one).doesNotContain(secret);

        Response issued = token(clientId, secret);
        issued.then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("token_type", equalTo("Bearer"))
                .body("expires_in", equalTo(900));
        String partnerToken = issued.path("access_token");
        given().header("Authorization", "Bearer " + partnerToken).get("/api/partner/me").then().statusCode(200)
                .body("type", equalTo("DEPARTEMENT"))
                .body("departement", equalTo("38"))
                .body("organisationId", equalTo(org.id().toString()));
    }

    @Test
    void httpBasicCredentialsWorkToo() {
        var partner = fixtures.partner(fixtures.cias(), PartnerType.CAF);
        String basic = Base64.getEncoder().encodeToString((partner.clientId() + ":" + partner.secret())
                .getBytes(StandardCharsets.UTF_8));
        given().header("Authorization", "Basic " + basic).formParam("grant_type", "client_credentials")
                .post("/api/oauth/token").then().statusCode(200).body("access_token", notNullValue());
    }

    @Test
    void wrongCredentialsAndGrantsFollowRfc6749() {
        var partner = fixtures.partner(fixtures.cias(), PartnerType.MSA);
        problem(token(partner.clientId(), "faux").then(), 401, "invalid-credentials").body("error", equalTo("invalid_client"));
        problem(token("ptn_inconnu", partner.secret()).then(), 401, "invalid-credentials").body("error", equalTo("invalid_client"));
        problem(given().formParam("grant_type", "password").post("/api/oauth/token").then(), 400, "malformed-request")
                .body("error", equalTo("unsupported_grant_type"));
        problem(given().formParam("client_id", "x").post("/api/oauth/token").then(), 400, "malformed-request")
                .body("error", equalTo("invalid_request"));
    }

    @Test
    void aDepartementPartnerNeedsItsDepartementCode() {
        String admin = fixtures.token(fixtures.agent(fixtures.cias(), Role.ADMIN));
        problem(as(admin).body(Map.of("name", "Département", "type", "DEPARTEMENT")).post("/api/admin/partners").then(),
                422, "validation").body("errors[0].field", equalTo("departement"));
    }

    @Test
    void aDisabledPartnerLosesItsTokenAndCannotGetAnother() {
        var org = fixtures.cias();
        var partner = fixtures.partner(org, PartnerType.DEPARTEMENT);
        String partnerToken = fixtures.token(partner);
        String admin = fixtures.token(fixtures.agent(org, Role.ADMIN));

        as(admin).post("/api/admin/partners/" + partner.id() + "/disable").then().statusCode(200).body("enabled", equalTo(false));

        problem(given().header("Authorization", "Bearer " + partnerToken).get("/api/partner/me").then(), 401, "unauthorized");
        problem(token(partner.clientId(), partner.secret()).then(), 401, "invalid-credentials");
    }

    @Test
    void rotatingTheSecretKeepsBothValidUntilTheOldOneIsRetired() {
        var org = fixtures.cias();
        var partner = fixtures.partner(org, PartnerType.CAF);
        String admin = fixtures.token(fixtures.agent(org, Role.ADMIN));
        problem(as(admin).post("/api/admin/partners/" + partner.id() + "/secret/retire-previous").then(), 409, "conflict");

        String fresh = as(admin).post("/api/admin/partners/" + partner.id() + "/secret").then().statusCode(200)
                .body("client.rotationInProgress", equalTo(true)).extract().path("clientSecret");

        // During the rotation the partner's deployed secret and the new one both work: no downtime.
        token(partner.clientId(), partner.secret()).then().statusCode(200);
        token(partner.clientId(), fresh).then().statusCode(200);

        // A second rotation replaces the pending new secret, never the one still deployed.
        String newer = as(admin).post("/api/admin/partners/" + partner.id() + "/secret").then().statusCode(200)
                .extract().path("clientSecret");
        token(partner.clientId(), partner.secret()).then().statusCode(200);
        problem(token(partner.clientId(), fresh).then(), 401, "invalid-credentials");

        as(admin).post("/api/admin/partners/" + partner.id() + "/secret/retire-previous").then().statusCode(200)
                .body("rotationInProgress", equalTo(false));
        problem(token(partner.clientId(), partner.secret()).then(), 401, "invalid-credentials");
        token(partner.clientId(), newer).then().statusCode(200);
    }

    @Test
    void partnersOfAnotherOrganisationAreInvisibleToAnAdmin() {
        var partner = fixtures.partner(fixtures.cias(), PartnerType.CAF);
        String admin = fixtures.token(fixtures.agent(fixtures.cias(), Role.ADMIN));
        as(admin).get("/api/admin/partners").then().statusCode(200).body("id", not(hasItem(partner.id().toString())));
        problem(as(admin).post("/api/admin/partners/" + partner.id() + "/disable").then(), 404, "not-found");
        problem(as(admin).get("/api/admin/partners/" + partner.id()).then(), 404, "not-found");
    }

    @Test
    void aStaffTokenCannotCallThePartnerApi() {
        String admin = fixtures.token(fixtures.agent(fixtures.cias(), Role.ADMIN));
        problem(as(admin).get("/api/partner/me").then(), 403, "forbidden");
    }
}
