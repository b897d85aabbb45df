package fr.entraide.common;

import static fr.entraide.testing.Api.as;
import static fr.entraide.testing.Api.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import fr.entraide.security.Role;
import fr.entraide.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every error is application/problem+json with a stable type, French text and no stack trace. */
@QuarkusTest
class ErrorsTest {

    @Inject
    Fixtures fixtures;

    private String adminToken() {
        return fixtures.token(fixtures.agent(fixtures.cias(), Role.ADMIN));
    }

    @Test
    void malformedJsonIsA400() {
        problem(given().contentType(ContentType.JSON).body("{\"email\": ").post("/api/auth/login").then(), 400,
                "malformed-request")
                .body("detail", containsString("JSON"))
                .body(not(containsString("Exception")));
    }

    @Test
    void invalidUtf8IsA400() {
        byte[] body = new byte[] { '{', '"', 'e', 'm', 'a', 'i', 'l', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}' };
        problem(given().contentType("application/json").body(body).post("/api/auth/login").then(), 400, "malformed-request");
    }

    @Test
    void unknownPathIsA404ProblemUnderApiAndQ() {
        problem(given().get("/api/n-existe-pas").then(), 404, "not-found").body("instance", equalTo("/api/n-existe-pas"));
        problem(given().accept("text/html").get("/api/n-existe-pas/ni-ceci").then(), 404, "not-found");
    }

    @Test
    void wrongMethodIsA405() {
        problem(as(adminToken()).delete("/api/me").then(), 405, "method-not-allowed");
    }

    @Test
    void unsupportedContentTypeIsA415() {
        problem(as(adminToken()).contentType("text/plain").body("bonjour").post("/api/admin/agents").then(), 415,
                "unsupported-media-type");
    }

    @Test
    void bodyOverTheLimitIsA413() {
        byte[] big = new byte[13 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        problem(given().contentType(ContentType.JSON).body(big).post("/api/auth/login").then(), 413, "payload-too-large");
    }

    @Test
    void validationErrorsNameEveryField() {
        problem(as(adminToken()).body(Map.of("email", "pas-une-adresse", "roles", java.util.List.of(), "password", "court"))
                .post("/api/admin/agents").then(), 422, "validation")
                .body("errors.field", hasItems("email", "firstName", "lastName", "roles", "password"))
                .body("errors.message", hasItem("L'adresse électronique est invalide."));
    }

    @Test
    void unknownEnumValueNamesTheFieldAndTheAllowedValues() {
        problem(as(adminToken()).body(Map.of("email", "a@b.fr", "firstName", "A", "lastName", "B",
                "roles", java.util.List.of("ROI"), "password", "un-mot-de-passe-long")).post("/api/admin/agents").then(),
                400, "malformed-request")
                .body("errors[0].field", equalTo("roles[0]"))
                .body("errors[0].message", containsString("INSTRUCTEUR"));
    }

    @Test
    void missingBodyIsAValidationError() {
        problem(as(adminToken()).post("/api/admin/agents").then(), 422, "validation");
    }

    @Test
    void securityHeadersAreOnEveryResponseIncludingErrors() {
        for (var response : new io.restassured.response.Response[] {
                given().get("/q/health/live"), given().get("/api/n-existe-pas"), given().get("/api/me") }) {
            response.then()
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Referrer-Policy", "no-referrer")
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                    .header("X-Request-Id", not(org.hamcrest.Matchers.emptyOrNullString()));
        }
    }

    @Test
    void aSafeIncomingRequestIdIsEchoedInTheHeaderAndTheProblem() {
        given().header("X-Request-Id", "trace-1234567890").get("/api/me").then()
                .header("X-Request-Id", "trace-1234567890")
                .body("requestId", equalTo("trace-1234567890"));
        given().header("X-Request-Id", "<script>").get("/api/me").then()
                .header("X-Request-Id", not(containsString("<")));
    }

    @Test
    void corsIsClosedByDefault() {
        given().header("Origin", "https://ailleurs.example").header("Access-Control-Request-Method", "POST")
                .options("/api/auth/login").then()
                .header("Access-Control-Allow-Origin", org.hamcrest.Matchers.nullValue());
    }
}
