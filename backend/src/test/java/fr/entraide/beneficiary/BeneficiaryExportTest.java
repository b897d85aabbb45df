package fr.entraide.beneficiary;

import static fr.entraide.testing.Api.as;
import static fr.entraide.testing.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import fr.entraide.security.Role;
import fr.entraide.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BeneficiaryExportTest {

    @Inject
    Fixtures fixtures;

    @Test
    void theJsonExportHoldsTheRecordItsHistoryAndItsAccesses() {
        var org = fixtures.cias();
        var instructeur = fixtures.agent(org, Role.INSTRUCTEUR);
        String token = fixtures.token(instructeur);
        String id = as(token).body(People.jeanne()).post("/api/beneficiaries").then().statusCode(201).extract().path("id");
        as(token).get("/api/beneficiaries/" + id).then().statusCode(200);

        as(token).get("/api/beneficiaries/" + id + "/export").then().statusCode(200)
                .body("format", equalTo("entraide/beneficiary-export/v1"))
                .body("beneficiary.nir", equalTo("2 41 03 76 540 123 31"))
                .body("beneficiary.notes", equalTo("Rencontrée en mairie, besoin d'aide pour les papiers."))
                .body("history[0].changes[0].field", equalTo("fiche"))
                .body("accesses.action", hasItem("BENEFICIARY_READ"))
                .body("accesses.action", hasItem("BENEFICIARY_EXPORTED"))
                .body("accesses.agentId", hasItem(instructeur.id().toString()));
    }

    @Test
    void thePdfExportReadsBackWithEveryValueAccentsIncluded() throws Exception {
        var org = fixtures.cias();
        String token = fixtures.token(fixtures.agent(org, Role.INSTRUCTEUR));
        Map<String, Object> body = People.jeanne();
        body.put("birthName", "DUPONT-LEFÈVRE");
        body.put("firstNames", List.of("Éloïse", "Françoise"));
        body.put("protection", Map.of("type", "CURATELLE_RENFORCEE", "mandataireName", "UDAF de l'Isère"));
        body.put("obligesAlimentaires", List.of(Map.of("relationship", "ENFANT", "lastName", "Lefèvre", "firstName", "Jérôme",
                "address", "5 rue de l'Œuvre, 38000 Grenoble")));
        String id = as(token).body(body).post("/api/beneficiaries").then().statusCode(201).extract().path("id");

        byte[] pdf = as(token).accept("application/pdf").get("/api/beneficiaries/" + id + "/export/pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();

        java.nio.file.Files.write(java.nio.file.Path.of("target", "export-sample.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("DUPONT-LEFÈVRE", "Éloïse, Françoise", "14/03/1941", "Rouen", "2 41 03 76 540 123 31",
                    "Le Bourg-d'Oisans", "Curatelle renforcée", "UDAF de l'Isère", "Jérôme Lefèvre", "5 rue de l'Œuvre",
                    "980,00 €", "Page 1 / ");
            assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(595.27563f, within(0.5f));
        }
    }

    @Test
    void aFrontDeskAgentCannotExport() {
        var org = fixtures.cias();
        String id = as(fixtures.token(fixtures.agent(org, Role.INSTRUCTEUR))).body(People.jeanne()).post("/api/beneficiaries")
                .then().statusCode(201).extract().path("id");
        problem(as(fixtures.token(fixtures.agent(org, Role.ACCUEIL, "38052"))).get("/api/beneficiaries/" + id + "/export").then(),
                403, "forbidden");
    }
}
