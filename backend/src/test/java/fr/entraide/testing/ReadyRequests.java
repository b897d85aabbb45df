package fr.entraide.testing;

import static fr.entraide.testing.Api.as;
import static io.restassured.RestAssured.given;

import fr.entraide.beneficiary.People;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Legal-aid requests ready to transmit, built through the API as agents would: a complete home
 * APA file, dépôt, required pièces received (one of them uploaded), the président's avis, a
 * complete dossier version.
 */
public final class ReadyRequests {

    private final String instructeur;
    private final String president;

    public ReadyRequests(String instructeur, String president) {
        this.instructeur = instructeur;
        this.president = president;
    }

    /** A ready APA request of a person living in the given commune (one of the organisation's). */
    public String apa(String birthName) {
        Map<String, Object> body = new HashMap<>(People.jeanne());
        body.put("nir", uniqueNir());
        body.put("birthName", birthName);
        body.put("pensionFunds", List.of(Map.of("kind", "PRINCIPALE", "name", "CARSAT Rhône-Alpes", "memberNumber", "A-1234")));
        body.put("aidant", Map.of("name", "Hélène Lefèvre", "relationship", "fille", "phone", "06 98 76 54 32"));
        String person = as(instructeur).body(body).post("/api/beneficiaries").then().statusCode(201).extract().path("id");
        String type = as(instructeur).get("/api/catalogue").then().extract().path("find { it.code == 'APA_DOMICILE' }.id");
        String id = as(instructeur).body(Map.of("beneficiaryId", person, "aidTypeId", type)).post("/api/aid-requests").then()
                .statusCode(201).extract().path("id");
        as(instructeur).body(Map.of("action", "DEPOSER")).post("/api/aid-requests/" + id + "/transitions").then().statusCode(200);
        List<String> codes = as(instructeur).get("/api/aid-requests/" + id).then().extract().path("pieces.findAll { it.required }.code");
        for (String code : codes) {
            as(instructeur).put("/api/aid-requests/" + id + "/pieces/" + code).then().statusCode(200);
        }
        given().header("Authorization", "Bearer " + instructeur).multiPart("pieceCode", codes.get(0))
                .multiPart("file", "piece.pdf", MINIMAL_PDF, "application/pdf")
                .post("/api/aid-requests/" + id + "/documents").then().statusCode(201);
        as(president).body(Map.of("action", "RENDRE_AVIS", "avis", "FAVORABLE", "motivation", "Perte d'autonomie avérée."))
                .post("/api/aid-requests/" + id + "/transitions").then().statusCode(200);
        var generated = as(instructeur).queryParam("draft", false).post("/api/aid-requests/" + id + "/dossier");
        if (generated.statusCode() != 201) {
            throw new AssertionError("Dossier not generated: " + generated.asString());
        }
        return id;
    }

    private static final java.util.concurrent.atomic.AtomicInteger ORDER = new java.util.concurrent.atomic.AtomicInteger(
            new java.util.Random().nextInt(900));

    /** Jeanne's NIR with another order number (and its key), so that each person is distinct. */
    private static String uniqueNir() {
        String thirteen = "24103765" + String.format("%05d", 40001 + ORDER.incrementAndGet() % 999);
        long key = 97 - Long.parseLong(thirteen) % 97;
        return thirteen + String.format("%02d", key);
    }

    /** A one-page PDF, enough for the pièce type check. */
    public static final byte[] MINIMAL_PDF = pdf();

    private static byte[] pdf() {
        try (var doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            var out = new java.io.ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
