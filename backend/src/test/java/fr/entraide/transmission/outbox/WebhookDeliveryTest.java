package fr.entraide.transmission.outbox;

import static fr.entraide.testing.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import fr.entraide.beneficiary.People;
import fr.entraide.partner.PartnerType;
import fr.entraide.security.Role;
import fr.entraide.testing.Fixtures;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Webhook delivery from the outbox to a real local receiver, under faults. */
@QuarkusTest
class WebhookDeliveryTest {

    @Inject
    Fixtures fixtures;

    @Inject
    OutboxWorker worker;

    @Inject
    jakarta.persistence.EntityManager em;

    private Fixtures.TestPartner caf;
    private String cafToken;
    private String admin;
    private String agent;
    private String person;

    @BeforeEach
    void setUp() {
        var org = fixtures.cias();
        caf = fixtures.partner(org, PartnerType.CAF);
        cafToken = fixtures.token(caf);
        admin = fixtures.token(fixtures.agent(org, Role.ADMIN));
        agent = fixtures.token(fixtures.agent(org, Role.INSTRUCTEUR));
        person = as(agent).body(People.jeanne()).post("/api/beneficiaries").then().statusCode(201).extract().path("id");
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private String register(int port) {
        return as(cafToken).body(Map.of("url", "http://127.0.0.1:" + port + "/hook")).post("/api/partner/webhooks")
                .then().statusCode(201).extract().path("secret");
    }

    private void orient() {
        as(agent).body(Map.of("beneficiaryId", person, "partnerId", caf.id().toString(), "motif", "RSA", "message", "Droits RSA.",
                "consent", Map.of("given", true, "on", LocalDate.now().toString(), "mode", "ORAL")))
                .post("/api/orientations").then().statusCode(201);
    }

    private Clock now = Clock.systemUTC();

    /** Moves the application's clock (and the receiver's) forward, past any backoff or lease. */
    private void later(Duration by) {
        now = Clock.offset(Clock.systemUTC(), by);
        QuarkusMock.installMockForType(now, Clock.class);
    }

    private void drain() {
        while (worker.runOnce() > 0) {
            // until nothing is due
        }
    }

    @Test
    void eventsArriveSignedAndTheSampleVerifierRejectsAnyTampering() throws Exception {
        int port = freePort();
        String secret = register(port);
        try (Receiver receiver = new Receiver(port, secret)) {
            orient();
            drain();
            assertThat(receiver.of("webhook.test")).hasSize(1);
            List<Receiver.Received> received = receiver.of("orientation.received");
            assertThat(received).hasSize(1);
            Receiver.Received event = received.get(0);
            assertThat(event.valid()).isTrue();
            assertThat(event.body()).contains("orientation.received").doesNotContain("DUPONT");

            WebhookVerifier verifier = new WebhookVerifier(secret, Duration.ofMinutes(5), Clock.systemUTC());
            assertThat(verifier.verify(event.signature(), event.body())).isTrue();
            assertThat(verifier.verify(event.signature(), event.body().replace("RSA", "AAH"))).as("altered body").isFalse();
            assertThat(new WebhookVerifier(secret + "x", Duration.ofMinutes(5), Clock.systemUTC())
                    .verify(event.signature(), event.body())).as("other secret").isFalse();
            assertThat(verifier.verify(event.signature().replaceFirst("v1=..", "v1=00"), event.body())).as("forged").isFalse();
            assertThat(verifier.verify(null, event.body())).isFalse();
            Clock tenMinutesLater = Clock.fixed(Instant.now().plus(Duration.ofMinutes(10)), ZoneOffset.UTC);
            assertThat(new WebhookVerifier(secret, Duration.ofMinutes(5), tenMinutesLater).verify(event.signature(), event.body()))
                    .as("replayed outside the window").isFalse();
            // A request signed with another secret is refused by the receiver and causes no effect.
            long t = Instant.now().getEpochSecond();
            String forged = WebhookSignature.header("pas-le-bon-secret", t, event.body());
            java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://127.0.0.1:" + port + "/hook")).header("Entraide-Signature", forged)
                    .header("Entraide-Event-Type", "orientation.received")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(event.body().replace(event.eventId(),
                            "00000000-0000-0000-0000-000000000000"))).build(), java.net.http.HttpResponse.BodyHandlers.discarding());
            assertThat(receiver.requests.get(receiver.requests.size() - 1).valid()).isFalse();
            assertThat(receiver.effects.get()).isEqualTo(2);
        }
    }

    @Test
    void aReceiverDownThenUpGetsEachEventOnceAndTheAdminSeesEveryAttempt() throws Exception {
        int port = freePort();
        String secret = register(port);
        orient();
        drain();
        // Down: both events (webhook.test and the orientation) failed once and wait for their backoff.
        String deliveries = "/api/admin/partners/" + caf.id() + "/deliveries";
        as(admin).queryParam("status", "PENDING").get(deliveries).then().statusCode(200).body("total", equalTo(2))
                .body("items[0].attempts", equalTo(1));
        String deliveryId = as(admin).get(deliveries).then().extract().path("items[0].id");
        as(admin).get(deliveries + "/" + deliveryId).then().statusCode(200).body("attempts.size()", equalTo(1))
                .body("attempts[0].error", org.hamcrest.Matchers.containsString("ConnectException"));
        drain();
        as(admin).queryParam("status", "PENDING").get(deliveries).then().body("total", equalTo(2))
                .body("items.attempts", equalTo(List.of(1, 1)));

        try (Receiver receiver = new Receiver(port, secret, () -> now)) {
            later(Duration.ofMinutes(10));
            drain();
            later(Duration.ofHours(3));
            drain();
            assertThat(receiver.requests).hasSize(2).allMatch(Receiver.Received::valid);
            assertThat(receiver.effects.get()).isEqualTo(2);
            as(admin).queryParam("status", "DELIVERED").get(deliveries).then().body("total", equalTo(2));
            as(admin).get(deliveries + "/" + deliveryId).then().body("delivery.status", equalTo("DELIVERED"))
                    .body("attempts.size()", equalTo(2)).body("attempts[1].httpStatus", equalTo(204));

            // A manual replay sends the same event again: the receiver deduplicates on its id.
            as(admin).post(deliveries + "/" + deliveryId + "/replay").then().statusCode(200).body("status", equalTo("PENDING"));
            drain();
            assertThat(receiver.requests).hasSize(3);
            assertThat(receiver.effects.get()).isEqualTo(2);
        }
    }

    @Test
    void aWorkerThatDiesMidDeliveryLosesNothingAndCausesNoDuplicateEffect() throws Exception {
        int port = freePort();
        String secret = register(port);
        try (Receiver receiver = new Receiver(port, secret, () -> now)) {
            drain(); // the webhook.test event
            orient();
            // A worker claims the orientation event, then dies before sending it.
            List<OutboxWorker.Claim> dead = worker.claim();
            assertThat(dead).extracting(OutboxWorker.Claim::type).contains("orientation.received");
            assertThat(worker.runOnce()).as("the lease protects the claimed row").isZero();
            // After the lease, another worker (or the restarted one) takes it again and delivers it.
            later(Duration.ofMinutes(2));
            drain();
            assertThat(receiver.of("orientation.received")).hasSize(1);
            // The dead worker wakes up and sends its stale claim: the receiver deduplicates, and
            // the stale result does not overwrite the delivery's state.
            dead.forEach(worker::deliver);
            assertThat(receiver.of("orientation.received")).hasSize(2);
            assertThat(receiver.effectsByType.get("orientation.received")).isEqualTo(1);
            as(admin).queryParam("status", "DELIVERED").get("/api/admin/partners/" + caf.id() + "/deliveries").then()
                    .body("total", equalTo(2));
            later(Duration.ofHours(5));
            drain();
            assertThat(receiver.of("orientation.received")).hasSize(2);
        }
    }

    @Test
    void registeringAWebhookTwiceWithTheSameKeyCreatesOneAndNeverStoresItsSecretInClear() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, String> body = Map.of("url", "https://partenaire.example/hook");
        var first = as(cafToken).header("Idempotency-Key", key).body(body).post("/api/partner/webhooks");
        first.then().statusCode(201).header("Cache-Control", "no-store");
        var again = as(cafToken).header("Idempotency-Key", key).body(body).post("/api/partner/webhooks");
        again.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertThat(again.asString()).isEqualTo(first.asString());
        as(cafToken).get("/api/partner/webhooks").then().body("size()", equalTo(1));
        String secret = first.path("secret");
        String stored = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> (String) em
                .createNativeQuery("select response_body from idempotency_key where idem_key = ?1").setParameter(1, key)
                .getSingleResult());
        assertThat(stored).startsWith("enc:").doesNotContain(secret);
    }

    @Test
    void backoffDoublesUpToItsCap() {
        assertThat(worker.backoff(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(worker.backoff(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(worker.backoff(5)).isEqualTo(Duration.ofSeconds(80));
        assertThat(worker.backoff(40)).isEqualTo(Duration.ofHours(1));
    }
}
