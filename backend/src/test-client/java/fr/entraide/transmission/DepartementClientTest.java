package fr.entraide.transmission;

import static fr.entraide.testing.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import fr.entraide.client.ApiClient;
import fr.entraide.client.ApiException;
import fr.entraide.client.api.PartenairesApi;
import fr.entraide.client.model.CursorPartnerTransmission;
import fr.entraide.client.model.PartnerTransmission;
import fr.entraide.client.model.TransmissionAcknowledgement;
import fr.entraide.client.model.TransmissionDecision;
import fr.entraide.client.model.TransmissionStatus;
import fr.entraide.partner.PartnerType;
import fr.entraide.security.Role;
import fr.entraide.testing.Fixtures;
import fr.entraide.testing.ReadyRequests;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A département's software, written with the Java client generated from openapi.yaml
 * (clients/java), plays the exchange end to end against the running application: token, list,
 * download, acknowledgement, decision. The agent then sees the decision.
 */
@QuarkusTest
class DepartementClientTest {

    @Inject
    Fixtures fixtures;

    @TestHTTPResource("/")
    URL base;

    @Test
    void aDepartementPlaysTheWholeExchangeWithTheGeneratedClient() throws Exception {
        var org = fixtures.cias();
        String instructeur = fixtures.token(fixtures.agent(org, Role.INSTRUCTEUR));
        ReadyRequests ready = new ReadyRequests(instructeur, fixtures.token(fixtures.agent(org, Role.PRESIDENT)));
        var departement = fixtures.partner(org, PartnerType.DEPARTEMENT, "38");
        String request = ready.apa("CLIENT");
        String bordereau = as(instructeur).body(Map.of("departement", "38", "requestIds", List.of(request))).post("/api/bordereaux")
                .then().statusCode(201).extract().path("id");
        as(instructeur).body(Map.of()).post("/api/bordereaux/" + bordereau + "/send").then().statusCode(200);

        ApiClient client = new ApiClient();
        client.updateBaseUri(base.toString().replaceAll("/$", ""));
        PartenairesApi api = new PartenairesApi(client);

        // 1. Token (OAuth client credentials), then every call carries it.
        String token = api.apiOauthTokenPost("client_credentials", departement.clientId(), departement.secret()).getAccessToken();
        assertThat(token).isNotBlank();
        assertThatThrownBy(() -> api.apiPartnerTransmissionsGet(50, null)).isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(((ApiException) e).getCode()).isEqualTo(401));
        // The generated API reads the interceptor when it is built: build it again once the token is set.
        client.setRequestInterceptor(r -> r.header("Authorization", "Bearer " + token));
        PartenairesApi authed = new PartenairesApi(client);

        // 2. List what was sent to us, by cursor.
        CursorPartnerTransmission page = authed.apiPartnerTransmissionsGet(50, null);
        assertThat(page.getItems()).hasSize(1);
        PartnerTransmission sent = page.getItems().get(0);
        assertThat(sent.getStatus()).isEqualTo(TransmissionStatus.ENVOYEE);
        assertThat(sent.getPerson().getUsageName()).isEqualTo("MARTIN");
        assertThat(authed.apiPartnerTransmissionsGet(50, page.getNextCursor()).getItems()).isEmpty();

        // 3. Download the dossier (PDF and JSON) and check its integrity; list the pièces.
        File pdf = authed.apiPartnerTransmissionsIdDossierPdfGet(sent.getId());
        byte[] bytes = Files.readAllBytes(pdf.toPath());
        assertThat(new String(bytes, 0, 5)).isEqualTo("%PDF-");
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)))
                .isEqualTo(sent.getDossier().getPdfSha256());
        Object json = authed.apiPartnerTransmissionsIdDossierJsonGet(sent.getId());
        assertThat(json).isInstanceOf(Map.class);
        assertThat(authed.apiPartnerTransmissionsIdPiecesGet(sent.getId())).hasSize(1);

        // 4. Acknowledge (retried with the same key: one effect).
        String key = UUID.randomUUID().toString();
        TransmissionAcknowledgement ack = new TransmissionAcknowledgement().receivedOn(LocalDate.now()).reference("APA-38-2026-00099");
        PartnerTransmission acknowledged = authed.apiPartnerTransmissionsIdAcknowledgementPost(sent.getId(), ack, key);
        assertThat(acknowledged.getStatus()).isEqualTo(TransmissionStatus.RECUE);
        assertThat(authed.apiPartnerTransmissionsIdAcknowledgementPost(sent.getId(), ack, key).getAcknowledgedAt())
                .isEqualTo(acknowledged.getAcknowledgedAt());

        // 5. Decide.
        PartnerTransmission decided = authed.apiPartnerTransmissionsIdDecisionPost(sent.getId(), new TransmissionDecision()
                .decision("ACCORDEE").decidedOn(LocalDate.now()).amountCents(52_300L).effectiveOn(LocalDate.now()).gir(2)
                .planAide("Aide humaine 30 h/mois"), UUID.randomUUID().toString());
        assertThat(decided.getStatus()).isEqualTo(TransmissionStatus.DECIDEE);
        assertThat(decided.getDecision().getAmountCents()).isEqualTo(52_300L);

        // The agent sees the decision on the request, with a notification.
        as(instructeur).get("/api/aid-requests/" + request).then().body("status", equalTo("DECIDEE"))
                .body("grantedAmountCents", equalTo(52_300));
        as(instructeur).get("/api/notifications").then().body("items[0].kind", equalTo("DECISION_DEPARTEMENT"));
    }
}
