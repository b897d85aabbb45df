package fr.entraide.common;

import static fr.entraide.testing.Api.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The SPA's deep links are served index.html; API paths and missing assets stay 404 problems. */
@QuarkusTest
class SinglePageAppTest {

    @Test
    void aDeepLinkServesIndexHtmlWithoutCachingAndWithTheStrictPolicy() {
        given().accept("text/html").get("/administration/agents").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("spa-test-index"))
                .header("Cache-Control", equalTo("no-cache"))
                .header("Content-Security-Policy", containsString("script-src 'self';"))
                .header("Content-Security-Policy", containsString("frame-src blob:;"));
    }

    @Test
    void theRootIsTheApp() {
        given().get("/").then().statusCode(200).body(containsString("spa-test-index"))
                .header("Cache-Control", equalTo("no-cache"));
    }

    @Test
    void aMissingAssetOrApiPathIsNotTheApp() {
        problem(given().get("/assets/absent-1234.js").then(), 404, "not-found");
        problem(given().accept("text/html").get("/api/absent").then(), 404, "not-found");
        problem(given().post("/connexion").then(), 405, "method-not-allowed");
    }
}
