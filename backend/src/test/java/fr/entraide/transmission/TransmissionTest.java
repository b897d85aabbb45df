package fr.entraide.transmission;

import static fr.entraide.testing.Api.as;
import static fr.entraide.testing.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import fr.entraide.audit.AuditEvent;
import fr.entraide.partner.PartnerType;
import fr.entraide.security.Role;
import fr.entraide.testing.Fixtures;
import fr.entraide.testing.ReadyRequests;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bordereaux sent by agents, then the département's pull API: download, acknowledgement, decision. */
@QuarkusTest
class TransmissionTest {

    @Inject
    Fixtures fixtures;

    @Inject
    EntityManager em;

    private Fixtures.Org org;
    private String instructeur;
    private ReadyRequests ready;
    private Fixtures.TestPartner departement;

    @BeforeEach
    void setUp() {
        org = fixtures.cias();
        instructeur = fixtures.token(fixtures.agent(org, Role.INSTRUCTEUR));
        ready = new ReadyRequests(instructeur, fixtures.token(fixtures.agent(org, Role.PRESIDENT)));
        departement = fixtures.partner(org, PartnerType.DEPARTEMENT, "38");
    }

    private String bordereau(String... requests) {
        return as(instructeur).body(Map.of("departement", "38", "requestIds", List.of(requests))).post("/api/bordereaux").then()
                .statusCode(201).extract().path("id");
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void anAgentGroupsReadyRequestsIntoNumberedBordereauxAndSendingMarksThemTransmitted() throws Exception {
        String first = ready.apa("DURAND");
        String second = ready.apa("MOREL");
        as(instructeur).get("/api/bordereaux/candidates").then().statusCode(200)
                .body("requestId", equalTo(List.of(first, second))).body("[0].departement", equalTo("38"))
                .body("[0].dossierVersion", equalTo(1));
        as(instructeur).queryParam("departement", "73").get("/api/bordereaux/candidates").then().body("$", empty());
        problem(as(instructeur).body(Map.of("departement", "73", "requestIds", List.of(first))).post("/api/bordereaux").then(),
                422, "validation").body("errors[0].field", equalTo("requestIds[0]"));

        int year = LocalDate.now().getYear();
        String id = bordereau(first);
        as(instructeur).get("/api/bordereaux/" + id).then().body("number", equalTo(year + "-0001")).body("status", equalTo("BROUILLON"))
                .body("lines[0].status", equalTo("PREPAREE"));
        problem(as(instructeur).body(Map.of("departement", "38", "requestIds", List.of(first))).post("/api/bordereaux").then(),
                422, "validation");
        String other = bordereau(second);
        as(instructeur).get("/api/bordereaux/" + other).then().body("number", equalTo(year + "-0002"));
        as(instructeur).get("/api/bordereaux/candidates").then().body("$", empty());
        // A draft can be deleted; its requests become candidates again.
        as(instructeur).delete("/api/bordereaux/" + other).then().statusCode(204);
        as(instructeur).get("/api/bordereaux/candidates").then().body("requestId", equalTo(List.of(second)));

        LocalDate sentOn = LocalDate.now().minusDays(1);
        as(instructeur).body(Map.of("sentOn", sentOn.toString())).post("/api/bordereaux/" + id + "/send").then().statusCode(200)
                .body("status", equalTo("ENVOYE")).body("sentOn", equalTo(sentOn.toString())).body("lines[0].status", equalTo("ENVOYEE"));
        as(instructeur).get("/api/aid-requests/" + first).then().body("status", equalTo("TRANSMISE"))
                .body("transmittedOn", equalTo(sentOn.toString())).body("timeline.action", hasItem("TRANSMETTRE"));
        as(instructeur).get("/api/aid-requests/" + first + "/transmission").then().statusCode(200)
                .body("status", equalTo("ENVOYEE")).body("bordereauNumber", equalTo(year + "-0001"));
        problem(as(instructeur).get("/api/aid-requests/" + second + "/transmission").then(), 404, "not-found");
        problem(as(instructeur).body(Map.of()).post("/api/bordereaux/" + id + "/send").then(), 409, "conflict");
        problem(as(instructeur).delete("/api/bordereaux/" + id).then(), 409, "conflict");

        // The event for the département's webhooks was written with the change.
        long events = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from outbox_event where partner_id = ?1 and type = 'transmission.available'")
                .setParameter(1, departement.id()).getSingleResult()).longValue());
        assertThat(events).isEqualTo(1);

        byte[] pdf = as(instructeur).accept("application/pdf").get("/api/bordereaux/" + id + "/pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        try (var doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            String reference = as(instructeur).get("/api/aid-requests/" + first).then().extract().path("reference");
            assertThat(text).contains("Bordereau de transmission n° " + year + "-0001").contains(reference).contains("MARTIN Jeanne")
                    .contains("Favorable").contains("département 38");
        }
        as(instructeur).get("/api/bordereaux").then().body("items[0].number", equalTo(year + "-0001")).body("items[0].requests", equalTo(1));
    }

    @Test
    void theDepartementDownloadsAcknowledgesAndDecidesOnceAndTheAgentIsNotified() throws Exception {
        String request = ready.apa("LAMBERT");
        as(instructeur).body(Map.of()).post("/api/bordereaux/" + bordereau(request) + "/send").then().statusCode(200);
        String token = fixtures.token(departement);

        Response feed = as(token).get("/api/partner/transmissions");
        feed.then().statusCode(200).body("items.size()", equalTo(1)).body("hasMore", equalTo(false))
                .body("items[0].request.avis", equalTo("FAVORABLE")).body("items[0].person.birthName", equalTo("LAMBERT"))
                .body("items[0].dossier.pieces", equalTo(1));
        String id = feed.path("items[0].id");
        as(token).queryParam("since", (String) feed.path("nextCursor")).get("/api/partner/transmissions").then().body("items", empty());

        byte[] pdf = as(token).accept("application/pdf").get("/api/partner/transmissions/" + id + "/dossier/pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertThat(sha256(pdf)).isEqualTo(feed.path("items[0].dossier.pdfSha256"));
        byte[] json = as(token).get("/api/partner/transmissions/" + id + "/dossier/json").then().statusCode(200)
                .contentType("application/json").extract().asByteArray();
        assertThat(sha256(json)).isEqualTo(feed.path("items[0].dossier.jsonSha256"));
        String piece = as(token).get("/api/partner/transmissions/" + id + "/pieces").then().statusCode(200)
                .body("size()", equalTo(1)).extract().path("[0].id");
        byte[] file = as(token).accept("application/pdf").get("/api/partner/transmissions/" + id + "/pieces/" + piece).then()
                .statusCode(200).extract().asByteArray();
        assertThat(file).isEqualTo(ReadyRequests.MINIMAL_PDF);

        String ackKey = UUID.randomUUID().toString();
        Map<String, Object> ack = Map.of("receivedOn", LocalDate.now().toString(), "reference", "APA-38-2026-00412");
        String firstAck = as(token).header("Idempotency-Key", ackKey).body(ack).post("/api/partner/transmissions/" + id + "/acknowledgement")
                .then().statusCode(200).body("status", equalTo("RECUE")).extract().asString();
        String againAck = as(token).header("Idempotency-Key", ackKey).body(ack).post("/api/partner/transmissions/" + id + "/acknowledgement")
                .then().statusCode(200).header("Idempotent-Replayed", "true").extract().asString();
        assertThat(againAck).isEqualTo(firstAck);
        as(instructeur).get("/api/aid-requests/" + request + "/transmission").then().body("status", equalTo("RECUE"))
                .body("departementReference", equalTo("APA-38-2026-00412"));

        String key = UUID.randomUUID().toString();
        Map<String, Object> decision = Map.of("decision", "ACCORDEE", "decidedOn", LocalDate.now().toString(), "amountCents", 41250,
                "effectiveOn", LocalDate.now().withDayOfMonth(1).toString(), "gir", 3, "planAide", "Aide à domicile 22 h/mois");
        Response decided = as(token).header("Idempotency-Key", key).body(decision).post("/api/partner/transmissions/" + id + "/decision");
        decided.then().statusCode(200).body("status", equalTo("DECIDEE")).body("decision.gir", equalTo(3));
        Response replay = as(token).header("Idempotency-Key", key).body(decision).post("/api/partner/transmissions/" + id + "/decision");
        replay.then().statusCode(200).header("Idempotent-Replayed", "true");
        assertThat(replay.asString()).isEqualTo(decided.asString());
        problem(as(token).header("Idempotency-Key", key).body(Map.of("decision", "REFUSEE", "decidedOn", LocalDate.now().toString(),
                "motif", "Ressources")).post("/api/partner/transmissions/" + id + "/decision").then(), 422, "idempotency-key-reused");
        problem(as(token).header("Idempotency-Key", UUID.randomUUID().toString()).body(decision)
                .post("/api/partner/transmissions/" + id + "/decision").then(), 409, "conflict");

        // One state change, one audit line, whatever the retries.
        long decisions = QuarkusTransaction.requiringNew().call(() -> AuditEvent.count(
                "targetId = ?1 and action = 'AID_REQUEST_ENREGISTRER_DECISION'", request));
        assertThat(decisions).isEqualTo(1);
        as(instructeur).get("/api/aid-requests/" + request).then().body("status", equalTo("DECIDEE"))
                .body("decision", equalTo("ACCORDEE")).body("grantedAmountCents", equalTo(41250))
                .body("timeline.findAll { it.action == 'ENREGISTRER_DECISION' }.size()", equalTo(1));
        as(instructeur).get("/api/aid-requests/" + request + "/transmission").then().body("status", equalTo("DECIDEE"))
                .body("decision.amountCents", equalTo(41250)).body("decision.planAide", equalTo("Aide à domicile 22 h/mois"));
        as(instructeur).queryParam("unreadOnly", true).get("/api/notifications").then()
                .body("items.kind", hasItem("DECISION_DEPARTEMENT")).body("items.kind", hasItem("ACCUSE_RECEPTION_DEPARTEMENT"))
                .body("items.find { it.kind == 'DECISION_DEPARTEMENT' }.targetId", equalTo(request));
    }

    @Test
    void aDecisionRecordedByHandOnATransmittedRequestShowsInItsTransmission() {
        String request = ready.apa("BLANC");
        String id = bordereau(request);
        as(instructeur).body(Map.of()).post("/api/bordereaux/" + id + "/send").then().statusCode(200);
        as(instructeur).get("/api/aid-requests/" + request + "/transmission").then().body("status", equalTo("ENVOYEE"))
                .body("decision", nullValue());
        // The département answered by letter; the agent records its decision on the request.
        as(instructeur).body(Map.of("action", "ENREGISTRER_DECISION", "decision", "ACCORDEE", "amountCents", 38_000,
                "effectiveOn", LocalDate.now().toString())).post("/api/aid-requests/" + request + "/transitions").then().statusCode(200);
        as(instructeur).get("/api/aid-requests/" + request + "/transmission").then().body("status", equalTo("DECIDEE"))
                .body("decision.decision", equalTo("ACCORDEE")).body("decision.amountCents", equalTo(38_000));
    }

    @Test
    void aDecisionNeedsItsAmountOrItsMotif() {
        String request = ready.apa("PETIT");
        as(instructeur).body(Map.of()).post("/api/bordereaux/" + bordereau(request) + "/send").then().statusCode(200);
        String token = fixtures.token(departement);
        String id = as(token).get("/api/partner/transmissions").then().extract().path("items[0].id");
        problem(as(token).body(Map.of("decision", "ACCORDEE", "decidedOn", LocalDate.now().toString()))
                .post("/api/partner/transmissions/" + id + "/decision").then(), 422, "validation").body("errors[0].field", equalTo("amountCents"));
        problem(as(token).body(Map.of("decision", "REFUSEE", "decidedOn", LocalDate.now().toString()))
                .post("/api/partner/transmissions/" + id + "/decision").then(), 422, "validation").body("errors[0].field", equalTo("motif"));
        problem(as(token).body(Map.of("decision", "PEUT-ETRE", "decidedOn", LocalDate.now().toString()))
                .post("/api/partner/transmissions/" + id + "/decision").then(), 422, "validation");
        as(instructeur).get("/api/aid-requests/" + request).then().body("status", equalTo("TRANSMISE"));
        as(token).body(Map.of("decision", "REFUSEE", "decidedOn", LocalDate.now().toString(), "motif", "GIR 5 : relève de la caisse de retraite."))
                .post("/api/partner/transmissions/" + id + "/decision").then().statusCode(200);
        as(instructeur).get("/api/aid-requests/" + request).then().body("status", equalTo("DECIDEE")).body("decision", equalTo("REFUSEE"));
        as(instructeur).get("/api/bordereaux/candidates").then().body("requestId", not(hasItem(request)));
    }
}
