package fr.entraide.orientation;

import static fr.entraide.testing.Api.as;
import static fr.entraide.testing.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import fr.entraide.audit.AuditEvent;
import fr.entraide.beneficiary.People;
import fr.entraide.partner.PartnerType;
import fr.entraide.security.Role;
import fr.entraide.testing.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Orientations to CAF and MSA: consent, isolation between partners, minimum identity, idempotent answers. */
@QuarkusTest
class OrientationTest {

    @Inject
    Fixtures fixtures;

    private String agent;
    private String person;
    private Fixtures.TestPartner caf;
    private Fixtures.TestPartner msa;

    @BeforeEach
    void setUp() {
        var org = fixtures.cias();
        agent = fixtures.token(fixtures.agent(org, Role.INSTRUCTEUR));
        person = as(agent).body(People.jeanne()).post("/api/beneficiaries").then().statusCode(201).extract().path("id");
        caf = fixtures.partner(org, PartnerType.CAF);
        msa = fixtures.partner(org, PartnerType.MSA);
    }

    private Map<String, Object> orientation(UUID partner, boolean consent) {
        Map<String, Object> body = new HashMap<>();
        body.put("beneficiaryId", person);
        body.put("partnerId", partner.toString());
        body.put("motif", "PRIME_ACTIVITE");
        body.put("message", "Reprise d'emploi à temps partiel, droits à étudier.");
        body.put("consent", Map.of("given", consent, "on", LocalDate.now().toString(), "mode", "ECRIT"));
        return body;
    }

    private String send(UUID partner) {
        return as(agent).body(orientation(partner, true)).post("/api/orientations").then().statusCode(201)
                .body("status", equalTo("ENVOYEE")).extract().path("id");
    }

    @Test
    void withoutConsentNothingIsSent() {
        problem(as(agent).body(orientation(caf.id(), false)).post("/api/orientations").then(), 422, "validation")
                .body("errors[0].field", equalTo("consent.given"));
        as(fixtures.token(caf)).get("/api/partner/orientations").then().statusCode(200).body("items", empty());
    }

    @Test
    void aDepartementIsNotARecipientAndRecipientsAreCafAndMsaOnly() {
        var dep = fixtures.partner(new Fixtures.Org(caf.organisationId(), List.of()), PartnerType.DEPARTEMENT);
        problem(as(agent).body(orientation(dep.id(), true)).post("/api/orientations").then(), 422, "validation");
        as(agent).get("/api/orientations/recipients").then().statusCode(200)
                .body("id", hasItem(caf.id().toString())).body("id", not(hasItem(dep.id().toString())));
    }

    @Test
    void cafSeesOnlyItsOrientationsWithMinimumIdentityAndMsaNeverSeesThem() {
        String toCaf = send(caf.id());
        String toMsa = send(msa.id());
        String cafToken = fixtures.token(caf);
        String msaToken = fixtures.token(msa);

        Response feed = as(cafToken).get("/api/partner/orientations");
        feed.then().statusCode(200).body("items.id", equalTo(List.of(toCaf)))
                .body("items[0].person.birthName", equalTo("DUPONT"))
                .body("items[0].person.nir", nullValue())
                .body("items[0].person.phone", nullValue())
                .body("items[0].person.address", nullValue());
        assertThat(feed.asString()).doesNotContain("06 12 34 56 78").doesNotContain("Rencontrée en mairie");
        as(msaToken).get("/api/partner/orientations").then().body("items.id", equalTo(List.of(toMsa)));

        problem(as(msaToken).get("/api/partner/orientations/" + toCaf).then(), 404, "not-found");
        problem(as(msaToken).body(Map.of()).post("/api/partner/orientations/" + toCaf + "/acknowledgement").then(), 404, "not-found");
        problem(as(msaToken).body(Map.of("status", "DEJA_CONNU")).post("/api/partner/orientations/" + toCaf + "/answer").then(),
                404, "not-found");
        var dep = fixtures.partner(new Fixtures.Org(caf.organisationId(), List.of()), PartnerType.DEPARTEMENT);
        problem(as(fixtures.token(dep)).get("/api/partner/orientations").then(), 403, "forbidden");

        // The cursor returns only what came after it.
        String cursor = feed.path("nextCursor");
        as(cafToken).queryParam("since", cursor).get("/api/partner/orientations").then().body("items", empty())
                .body("nextCursor", equalTo(cursor));
        String later = send(caf.id());
        as(cafToken).queryParam("since", cursor).get("/api/partner/orientations").then().body("items.id", equalTo(List.of(later)));
        problem(as(cafToken).queryParam("since", "abc").get("/api/partner/orientations").then(), 422, "validation");
    }

    @Test
    void acknowledgementAndAnswerAreIdempotentAndTheAgentIsNotified() {
        String id = send(caf.id());
        String cafToken = fixtures.token(caf);
        String key = UUID.randomUUID().toString();
        Response first = as(cafToken).header("Idempotency-Key", key).body(Map.of("reference", "CAF-2026-17"))
                .post("/api/partner/orientations/" + id + "/acknowledgement");
        first.then().statusCode(200).body("status", equalTo("PRISE_EN_COMPTE"));
        Response again = as(cafToken).header("Idempotency-Key", key).body(Map.of("reference", "CAF-2026-17"))
                .post("/api/partner/orientations/" + id + "/acknowledgement");
        again.then().statusCode(200).header("Idempotent-Replayed", "true");
        assertThat(again.asString()).isEqualTo(first.asString());
        // Without the key, a second acknowledgement is a conflict: the key is what makes retries safe.
        problem(as(cafToken).body(Map.of("reference", "CAF-2026-17")).post("/api/partner/orientations/" + id + "/acknowledgement")
                .then(), 409, "conflict");
        // The same key for another request is refused.
        problem(as(cafToken).header("Idempotency-Key", key).body(Map.of("reference", "AUTRE"))
                .post("/api/partner/orientations/" + id + "/acknowledgement").then(), 422, "idempotency-key-reused");
        long acks = QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("targetId = ?1 and action = 'ORIENTATION_ACKNOWLEDGED'", id));
        assertThat(acks).isEqualTo(1);

        as(agent).get("/api/notifications/unread-count").then().statusCode(200).body("unread", equalTo(0));
        String answerKey = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            as(cafToken).header("Idempotency-Key", answerKey).body(Map.of("status", "DROITS_OUVERTS", "comment", "Prime d'activité ouverte."))
                    .post("/api/partner/orientations/" + id + "/answer").then().statusCode(200).body("status", equalTo("REPONDUE"));
        }
        as(agent).get("/api/orientations/" + id).then().statusCode(200).body("status", equalTo("REPONDUE"))
                .body("answerStatus", equalTo("DROITS_OUVERTS")).body("answerComment", equalTo("Prime d'activité ouverte."));
        as(agent).get("/api/notifications/unread-count").then().body("unread", equalTo(1));
        String notification = as(agent).get("/api/notifications").then().statusCode(200)
                .body("items[0].kind", equalTo("REPONSE_ORIENTATION")).body("items[0].targetId", equalTo(id))
                .body("items[0].read", equalTo(false)).extract().path("items[0].id");
        as(agent).post("/api/notifications/" + notification + "/read").then().statusCode(204);
        as(agent).get("/api/notifications/unread-count").then().body("unread", equalTo(0));
        // Another organisation's agent sees nothing of it.
        String stranger = fixtures.token(fixtures.agent(fixtures.cias(), Role.ADMIN));
        as(stranger).get("/api/notifications").then().body("items", empty());
        problem(as(stranger).post("/api/notifications/" + notification + "/read").then(), 404, "not-found");
        problem(as(stranger).get("/api/orientations/" + id).then(), 404, "not-found");
    }
}
