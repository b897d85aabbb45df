package fr.entraide.partner;

import static fr.entraide.testing.Api.problem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import fr.entraide.audit.AuditEvent;
import fr.entraide.testing.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rate limit and audit of the partner API. */
@QuarkusTest
class PartnerOperationsTest {

    @Inject
    Fixtures fixtures;

    @Test
    void aPartnerOverItsRateLimitGets429WithRetryAfterAndOthersAreNotSlowedDown() {
        var org = fixtures.cias();
        var limited = fixtures.partner(org, PartnerType.CAF);
        var other = fixtures.partner(org, PartnerType.MSA);
        fixtures.rateLimit(limited, 3);
        String token = fixtures.token(limited);
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", "Bearer " + token).get("/api/partner/me").then().statusCode(200);
        }
        Response refused = given().header("Authorization", "Bearer " + token).get("/api/partner/me");
        problem(refused.then(), 429, "rate-limited");
        int retryAfter = Integer.parseInt(refused.header("Retry-After"));
        assertThat(retryAfter).isBetween(1, 60);
        given().header("Authorization", "Bearer " + fixtures.token(other)).get("/api/partner/me").then().statusCode(200);
    }

    @Test
    void everyPartnerAccessIsAudited() {
        var partner = fixtures.partner(fixtures.cias(), PartnerType.DEPARTEMENT);
        String token = fixtures.token(partner);
        given().header("Authorization", "Bearer " + token).get("/api/partner/me").then().statusCode(200)
                .body("departement", equalTo("38"));
        given().header("Authorization", "Bearer " + token).get("/api/partner/webhooks").then().statusCode(200);
        List<AuditEvent> events = QuarkusTransaction.requiringNew().call(() -> AuditEvent
                .<AuditEvent>list("actorId = ?1 and action = 'PARTNER_ACCESS' order by id", partner.id()));
        assertThat(events).hasSize(2);
        assertThat(events.get(0).actorType).isEqualTo("PARTNER");
        assertThat(events.get(0).details).contains("GET").contains("/api/partner/me");
        assertThat(events.get(1).details).contains("/api/partner/webhooks");
    }

    @Test
    void aPartnerRefusedByAStaffOperationIsAuditedToo() throws Exception {
        var partner = fixtures.partner(fixtures.cias(), PartnerType.CAF);
        given().header("Authorization", "Bearer " + fixtures.token(partner)).get("/api/aid-requests").then().statusCode(403);
        given().header("Authorization", "Bearer " + fixtures.token(partner)).get("/api/partner/transmissions").then().statusCode(403);
        // Written by an asynchronous observer of the security layer's failure event.
        List<AuditEvent> denied = List.of();
        for (int i = 0; i < 100 && denied.size() < 2; i++) {
            denied = QuarkusTransaction.requiringNew().call(() -> AuditEvent
                    .<AuditEvent>list("actorId = ?1 and action = 'PARTNER_ACCESS_DENIED' order by id", partner.id()));
            if (denied.size() < 2) {
                Thread.sleep(50);
            }
        }
        assertThat(denied).hasSize(2);
        // Asynchronous: the two traces may be written in either order.
        assertThat(denied).extracting(e -> e.details).anyMatch(d -> d.contains("AidRequestResource"))
                .anyMatch(d -> d.contains("PartnerTransmissionResource"));
    }
}
