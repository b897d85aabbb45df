package fr.entraide.aidrequest.letters;

import static fr.entraide.testing.Api.as;
import static fr.entraide.testing.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import fr.entraide.beneficiary.People;
import fr.entraide.security.Role;
import fr.entraide.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LettersTest {

    @Inject
    Fixtures fixtures;

    private String token;
    private String person;

    @BeforeEach
    void setUp() {
        var org = fixtures.cias();
        token = fixtures.token(fixtures.agent(org, Role.INSTRUCTEUR));
        person = as(token).body(People.jeanne()).post("/api/beneficiaries").then().statusCode(201).extract().path("id");
    }

    private String type(String code) {
        return as(token).get("/api/catalogue").then().extract().path("find { it.code == '" + code + "' }.id");
    }

    private String text(String request, String kind) throws Exception {
        List<Map<String, Object>> letters = as(token).get("/api/aid-requests/" + request + "/letters").then().statusCode(200)
                .extract().path("findAll { it.kind == '" + kind + "' }");
        assertThat(letters).as(kind).isNotEmpty();
        byte[] pdf = as(token).accept("application/pdf").get("/api/aid-requests/" + request + "/letters/" + letters.get(0).get("id"))
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void aDepositIsAcknowledgedWithTheTransmissionDeadlineAndMissingPiecesAreAskedFor() throws Exception {
        String id = as(token).body(Map.of("beneficiaryId", person, "aidTypeId", type("APA_DOMICILE"))).post("/api/aid-requests").then()
                .statusCode(201).extract().path("id");
        as(token).body(Map.of("action", "DEPOSER")).post("/api/aid-requests/" + id + "/transitions").then().statusCode(200);
        String ar = text(id, "ACCUSE_RECEPTION");
        assertThat(ar).contains("Accusé de réception", "Madame", "Allocation personnalisée d'autonomie", "L131-1",
                "Relevé d'identité bancaire", "MARTIN Jeanne Marie");

        as(token).body(Map.of("action", "DECLARER_INCOMPLETE")).post("/api/aid-requests/" + id + "/transitions").then().statusCode(200);
        String pieces = text(id, "DEMANDE_PIECES");
        assertThat(pieces).contains("Demande de pièces complémentaires", "Dernier avis d'imposition ou de non-imposition",
                "transmis au département");
    }

    @Test
    void aFacultativeRefusalCarriesItsReasonAndTheAppealRoutes() throws Exception {
        String id = as(token).body(Map.of("beneficiaryId", person, "aidTypeId", type("SECOURS_URGENCE"))).post("/api/aid-requests")
                .then().statusCode(201).extract().path("id");
        assertThat(text(id, "ACCUSE_RECEPTION")).contains("règlement des aides facultatives");
        for (String action : List.of("INSTRUIRE", "INSCRIRE_EN_COMMISSION")) {
            as(token).body(Map.of("action", action)).post("/api/aid-requests/" + id + "/transitions").then().statusCode(200);
        }
        as(token).body(Map.of("action", "REFUSER", "motivation", "Reste à vivre supérieur au barème du règlement."))
                .post("/api/aid-requests/" + id + "/transitions").then().statusCode(200);

        String notification = text(id, "NOTIFICATION_DECISION");
        assertThat(notification).contains("Notification de décision", "Reste à vivre supérieur au barème du règlement.",
                "Voies de recours", "deux mois", "tribunal administratif", "recours gracieux");
    }

    @Test
    void aGrantNamesTheAmount() throws Exception {
        String id = as(token).body(Map.of("beneficiaryId", person, "aidTypeId", type("SECOURS_URGENCE"))).post("/api/aid-requests")
                .then().statusCode(201).extract().path("id");
        for (String action : List.of("INSTRUIRE", "INSCRIRE_EN_COMMISSION")) {
            as(token).body(Map.of("action", action)).post("/api/aid-requests/" + id + "/transitions").then().statusCode(200);
        }
        as(token).body(Map.of("action", "ACCORDER", "amountCents", 15_000)).post("/api/aid-requests/" + id + "/transitions").then()
                .statusCode(200);
        assertThat(text(id, "NOTIFICATION_DECISION")).contains("Une aide de 150,00 € vous est accordée");
    }

    @Test
    void aNotificationNeedsADecidedFacultativeRequest() {
        String id = as(token).body(Map.of("beneficiaryId", person, "aidTypeId", type("APA_DOMICILE"))).post("/api/aid-requests").then()
                .statusCode(201).extract().path("id");
        problem(as(token).body(Map.of("kind", "NOTIFICATION_DECISION")).post("/api/aid-requests/" + id + "/letters").then(), 409,
                "conflict");
        as(token).body(Map.of("kind", "ACCUSE_RECEPTION")).post("/api/aid-requests/" + id + "/letters").then().statusCode(201);
        as(token).get("/api/aid-requests/" + id + "/letters").then().body("kind", hasItem("ACCUSE_RECEPTION"));
    }
}
