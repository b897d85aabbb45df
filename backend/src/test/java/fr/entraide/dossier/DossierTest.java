package fr.entraide.dossier;

import static fr.entraide.testing.Api.as;
import static fr.entraide.testing.Api.problem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.entraide.beneficiary.People;
import fr.entraide.security.Role;
import fr.entraide.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.RecordComponent;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Dossiers through the HTTP API: completeness, versions, PDF and embedded JSON, scoping. */
@QuarkusTest
class DossierTest {

    @Inject
    Fixtures fixtures;

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

    private Fixtures.Org org;
    private String instructeur;
    private String president;

    @BeforeEach
    void setUp() {
        org = fixtures.cias();
        instructeur = fixtures.token(fixtures.agent(org, Role.INSTRUCTEUR));
        president = fixtures.token(fixtures.agent(org, Role.PRESIDENT));
    }

    // ---------------------------------------------------------------- helpers

    private static Map<String, Object> completeJeanne() {
        Map<String, Object> body = new HashMap<>(People.jeanne());
        body.put("pensionFunds", List.of(Map.of("kind", "PRINCIPALE", "name", "CARSAT Rhône-Alpes", "memberNumber", "A-1234")));
        body.put("aidant", Map.of("name", "Hélène Lefèvre", "relationship", "fille", "phone", "06 98 76 54 32"));
        return body;
    }

    private String person(Map<String, Object> body) {
        return as(instructeur).body(body).post("/api/beneficiaries").then().statusCode(201).extract().path("id");
    }

    private String type(String code) {
        return as(instructeur).get("/api/catalogue").then().extract().path("find { it.code == '" + code + "' }.id");
    }

    private String request(String person, String aid, Map<String, Object> accommodation) {
        Map<String, Object> body = new HashMap<>(Map.of("beneficiaryId", person, "aidTypeId", type(aid)));
        if (accommodation != null) {
            body.put("accommodation", accommodation);
        }
        String id = as(instructeur).body(body).post("/api/aid-requests").then().statusCode(201).extract().path("id");
        as(instructeur).body(Map.of("action", "DEPOSER")).post("/api/aid-requests/" + id + "/transitions").then().statusCode(200);
        return id;
    }

    private void receiveRequiredPieces(String request) {
        List<String> codes = as(instructeur).get("/api/aid-requests/" + request).then().extract().path("pieces.findAll { it.required }.code");
        for (String code : codes) {
            as(instructeur).put("/api/aid-requests/" + request + "/pieces/" + code).then().statusCode(200);
        }
    }

    private Response generate(String token, String request, boolean draft) {
        return as(token).queryParam("draft", draft).post("/api/aid-requests/" + request + "/dossier");
    }

    private byte[] pdf(String request, int number) {
        return as(instructeur).accept("application/pdf").get("/api/aid-requests/" + request + "/dossier/versions/" + number + "/pdf")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
    }

    private byte[] json(String request, int number) {
        return as(instructeur).get("/api/aid-requests/" + request + "/dossier/versions/" + number + "/json").then().statusCode(200)
                .contentType("application/json").extract().asByteArray();
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static byte[] embeddedJson(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            Map<String, PDComplexFileSpecification> files = names.getEmbeddedFiles().getNames();
            assertThat(files).containsKey(DossierPdf.ATTACHMENT);
            return files.get(DossierPdf.ATTACHMENT).getEmbeddedFile().toByteArray();
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** Reads the document strictly into the DTO: unknown properties fail, required properties must be present and not null. */
    private DossierDocument strict(byte[] json) throws Exception {
        ObjectMapper strict = mapper.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        DossierDocument document = strict.readValue(json, DossierDocument.class);
        assertRequiredPresent(document);
        return document;
    }

    private static void assertRequiredPresent(Object record) throws Exception {
        if (record == null || !record.getClass().isRecord()) {
            return;
        }
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            Object value = component.getAccessor().invoke(record);
            JsonProperty property = component.getAnnotation(JsonProperty.class);
            if (property != null && property.required()) {
                assertThat(value).as(record.getClass().getSimpleName() + "." + component.getName()).isNotNull();
            }
            if (value instanceof List<?> list) {
                for (Object item : list) {
                    assertRequiredPresent(item);
                }
            } else {
                assertRequiredPresent(value);
            }
        }
    }

    /** Validates a JSON value against a schema of the served OpenAPI document: types, required, no unknown property. */
    private void validate(JsonNode value, JsonNode schema, JsonNode components, String path, List<String> errors) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
            validate(value, components.get(name), components, path, errors);
            return;
        }
        if (schema.has("allOf")) {
            for (JsonNode part : schema.get("allOf")) {
                validate(value, part, components, path, errors);
            }
            return;
        }
        if (value == null || value.isNull()) {
            return;
        }
        String type = schema.path("type").asText("");
        switch (type) {
            case "object" -> {
                if (!value.isObject()) {
                    errors.add(path + ": object expected");
                    return;
                }
                JsonNode properties = schema.path("properties");
                for (JsonNode required : schema.path("required")) {
                    if (!value.has(required.asText()) || value.get(required.asText()).isNull()) {
                        errors.add(path + "." + required.asText() + ": required");
                    }
                }
                for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext();) {
                    var field = it.next();
                    if (!properties.has(field.getKey())) {
                        errors.add(path + "." + field.getKey() + ": not in the schema");
                    } else {
                        validate(field.getValue(), properties.get(field.getKey()), components, path + "." + field.getKey(), errors);
                    }
                }
            }
            case "array" -> {
                if (!value.isArray()) {
                    errors.add(path + ": array expected");
                    return;
                }
                for (int i = 0; i < value.size(); i++) {
                    validate(value.get(i), schema.path("items"), components, path + "[" + i + "]", errors);
                }
            }
            case "string" -> {
                if (!value.isTextual()) {
                    errors.add(path + ": string expected");
                } else if (schema.has("enum")) {
                    List<String> allowed = new ArrayList<>();
                    schema.get("enum").forEach(e -> allowed.add(e.asText()));
                    if (!allowed.contains(value.asText())) {
                        errors.add(path + ": " + value.asText() + " not in " + allowed);
                    }
                }
            }
            case "integer", "number" -> {
                if (!value.isNumber()) {
                    errors.add(path + ": number expected");
                }
            }
            case "boolean" -> {
                if (!value.isBoolean()) {
                    errors.add(path + ": boolean expected");
                }
            }
            default -> {
            }
        }
    }

    private void assertValidAgainstServedSchema(byte[] json) throws Exception {
        JsonNode openapi = mapper.readTree(given().accept("application/json").get("/q/openapi?format=json").asString());
        JsonNode components = openapi.path("components").path("schemas");
        assertThat(components.has("DossierDocument")).isTrue();
        List<String> errors = new ArrayList<>();
        validate(mapper.readTree(json), components.get("DossierDocument"), components, "$", errors);
        assertThat(errors).isEmpty();
    }

    // ---------------------------------------------------------------- tests

    @Test
    void aCompleteHomeApaDossierIsPrefilledFromTheFileWithItsJsonInsideThePdf() throws Exception {
        String request = request(person(completeJeanne()), "APA_DOMICILE", null);
        receiveRequiredPieces(request);
        as(instructeur).get("/api/aid-requests/" + request + "/dossier/check").then().statusCode(200)
                .body("complete", equalTo(true)).body("kind", equalTo("APA_DOMICILE")).body("form", equalTo("cerfa n° 16301*01"))
                .body("sections[0].title", equalTo("Partie 1 — Identité du demandeur"));

        Response created = generate(instructeur, request, false);
        created.then().statusCode(201).body("number", equalTo(1)).body("draft", equalTo(false))
                .body("schemaVersion", equalTo("entraide.dossier/1")).body("createdByName", equalTo("Prénom Nom"));
        String sha = created.path("pdfSha256");

        byte[] pdf = pdf(request, 1);
        assertThat(sha256(pdf)).isEqualTo(sha);
        String text = text(pdf);
        assertThat(text).contains("cerfa n° 16301*01", "Demande d'aides à l'autonomie à domicile pour les personnes âgées",
                "Partie 1 — Identité du demandeur", "DUPONT", "MARTIN", "Jeanne Marie", "14/03/1941", "(76540)",
                "2 41 03 76 540 123 31", "Veuf, veuve", "3 place de la Mairie", "38520", "Locataire (parc privé)", "06 12 34 56 78",
                "GIR 3", "15/01/2025", "Équipe médico-sociale de l'Isère", "Retraite de base", "980,00 €",
                "CARSAT Rhône-Alpes", "n° A-1234", "Hélène Lefèvre", "Relevé d'identité bancaire", "Avis du président du CCAS",
                "Favorable", "Défavorable", "Page 1 / ");
        assertThat(text).doesNotContain("PROJET");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(595.3f, within(1f));
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font).isInstanceOf(PDType0Font.class);
                    assertThat(font.isEmbedded()).isTrue();
                }
            }
        }

        byte[] embedded = embeddedJson(pdf);
        byte[] served = json(request, 1);
        assertThat(mapper.readTree(embedded)).isEqualTo(mapper.readTree(served));
        assertThat(sha256(served)).isEqualTo(created.path("jsonSha256"));
        DossierDocument document = strict(embedded);
        assertThat(document.schemaVersion()).isEqualTo("entraide.dossier/1");
        assertThat(document.applicant().nir()).isEqualTo("2 41 03 76 540 123 31");
        assertThat(document.autonomy().orientation()).isEqualTo("DEPARTEMENT");
        assertValidAgainstServedSchema(embedded);
    }

    @Test
    void anIncompleteDossierIsRefusedWithWhatIsMissingUnlessItIsADraft() throws Exception {
        Map<String, Object> body = completeJeanne();
        body.remove("familySituation");
        String person = person(body);
        String request = request(person, "APA_DOMICILE", null);
        as(instructeur).get("/api/aid-requests/" + request + "/dossier/check").then().statusCode(200)
                .body("complete", equalTo(false))
                .body("beneficiaryId", equalTo(person))
                .body("sections.find { it.code == 'IDENTITE' }.fields.find { it.field == 'applicant.familySituation' }.state", equalTo("MISSING"))
                .body("sections.find { it.code == 'IDENTITE' }.fields.find { it.field == 'applicant.familySituation' }.target", equalTo("BENEFICIARY"))
                .body("sections.find { it.code == 'IDENTITE' }.fields.find { it.field == 'applicant.familySituation' }.path", equalTo("familySituation"))
                .body("sections.find { it.code == 'PIECES' }.fields.find { it.field == 'pieces.RIB' }.state", equalTo("MISSING"));

        problem(generate(instructeur, request, false).then(), 422, "validation")
                .body("errors.field", hasItem("applicant.familySituation"))
                .body("errors.field", hasItem("pieces.RIB"))
                .body("errors.find { it.field == 'applicant.familySituation' }.message",
                        equalTo("« Situation de famille » manquant : à compléter dans la fiche de la personne."));
        as(instructeur).get("/api/aid-requests/" + request + "/dossier/versions").then().statusCode(200).body("size()", equalTo(0));

        generate(instructeur, request, true).then().statusCode(201).body("draft", equalTo(true)).body("number", equalTo(1));
        String text = text(pdf(request, 1));
        assertThat(text).contains("PROJET", "ce dossier n'est pas complet");
        assertThat(strict(json(request, 1)).draft()).isTrue();
    }

    @Test
    void aVersionNeverChangesAndRegeneratingAfterAChangeMakesANewOneThatSaysWhatChanged() throws Exception {
        String person = person(completeJeanne());
        String request = request(person, "APA_DOMICILE", null);
        receiveRequiredPieces(request);
        String first = generate(instructeur, request, false).then().statusCode(201).extract().path("pdfSha256");
        byte[] firstPdf = pdf(request, 1);

        Map<String, Object> changed = completeJeanne();
        changed.put("phone", "04 76 00 00 00");
        String etag = as(instructeur).get("/api/beneficiaries/" + person).then().extract().header("ETag");
        as(instructeur).header("If-Match", etag).body(changed).put("/api/beneficiaries/" + person).then().statusCode(200);

        generate(instructeur, request, false).then().statusCode(201).body("number", equalTo(2))
                .body("changes", hasItem("applicant.phone"));
        as(instructeur).get("/api/aid-requests/" + request + "/dossier/versions").then().statusCode(200)
                .body("size()", equalTo(2)).body("[0].number", equalTo(2)).body("[1].number", equalTo(1))
                .body("[1].pdfSha256", equalTo(first)).body("[1].changes.size()", equalTo(0));
        assertThat(sha256(pdf(request, 1))).isEqualTo(first);
        assertThat(pdf(request, 1)).isEqualTo(firstPdf);
        assertThat(text(pdf(request, 2))).contains("04 76 00 00 00");
        assertThat(text(pdf(request, 1))).contains("06 12 34 56 78").doesNotContain("04 76 00 00 00");
        assertThatThrownBy(() -> tamper(request)).hasStackTraceContaining("immutable");
        assertThat(sha256(pdf(request, 1))).isEqualTo(first);
        long audits = ((Number) em.createNativeQuery("select count(*) from audit_event where action = 'DOSSIER_DOWNLOADED' and details::text like ?1")
                .setParameter(1, "%" + request + "%").getSingleResult()).longValue();
        assertThat(audits).isGreaterThanOrEqualTo(5);
    }

    @Transactional
    void tamper(String request) {
        em.createNativeQuery("update dossier_version set pdf = ?1 where request_id = cast(?2 as uuid)")
                .setParameter(1, new byte[] { 1 }).setParameter(2, request).executeUpdate();
    }

    @Test
    void anElderlyPersonAshDossierListsTheObligesAndCarriesThePresidentsAvis() throws Exception {
        Map<String, Object> body = People.person("FERREIRA", "Joaquim", "MALE", "1948-05-09", "38052", "38520");
        body.put("birthPlace", Map.of("code", "99139"));
        body.put("nationality", "EU");
        body.put("nir", "1 48 05 99 139 045 05");
        body.put("familySituation", "VEUF");
        body.put("resources", List.of(Map.of("type", "RETRAITE_BASE", "monthlyAmountCents", 120_000, "owner", "BENEFICIAIRE")));
        body.put("obligesAlimentaires", List.of(
                Map.of("relationship", "ENFANT", "lastName", "FERREIRA", "firstName", "Inês", "address", "5 rue de l'Église, 38000 Grenoble",
                        "phone", "06 11 22 33 44"),
                Map.of("relationship", "GENDRE_BELLE_FILLE", "lastName", "LEMAÎTRE", "firstName", "Chloé", "address", "12 chemin des Prés, 38220 Vizille"),
                Map.of("relationship", "PETIT_ENFANT", "lastName", "FERREIRA", "firstName", "Noé", "address", "Lyon")));
        String request = request(person(body), "ASH_PA", Map.of("establishment", "EHPAD Les Écrins", "finess", "380012345",
                "entryOn", "2025-01-06", "habilitated", true));
        receiveRequiredPieces(request);
        as(instructeur).body(Map.of("action", "DECLARER_COMPLETE")).post("/api/aid-requests/" + request + "/transitions").then().statusCode(200);

        problem(generate(instructeur, request, false).then(), 422, "validation")
                .body("errors.field", hasItem("obligesAlimentaires.list[2].relationship"))
                .body("errors.field", hasItem("avis.avis"));

        body.put("obligesAlimentaires", List.of(((List<?>) body.get("obligesAlimentaires")).get(0), ((List<?>) body.get("obligesAlimentaires")).get(1)));
        String person = as(instructeur).get("/api/aid-requests/" + request).then().extract().path("beneficiary.id");
        String etag = as(instructeur).get("/api/beneficiaries/" + person).then().extract().header("ETag");
        as(instructeur).header("If-Match", etag).body(body).put("/api/beneficiaries/" + person).then().statusCode(200);
        as(president).body(Map.of("action", "RENDRE_AVIS", "avis", "FAVORABLE", "motivation", "Ressources insuffisantes pour régler les frais d'hébergement."))
                .post("/api/aid-requests/" + request + "/transitions").then().statusCode(200);

        generate(instructeur, request, false).then().statusCode(201);
        byte[] pdf = pdf(request, 1);
        String text = text(pdf);
        assertThat(text).contains("Demande d'aide sociale à l'hébergement — personne âgée", "Obligés alimentaires", "FERREIRA Inês",
                "5 rue de l'Église, 38000 Grenoble", "06 11 22 33 44", "LEMAÎTRE Chloé", "Gendre ou belle-fille",
                "12 chemin des Prés, 38220 Vizille", "EHPAD Les Écrins", "380012345", "06/01/2025",
                "Ressources insuffisantes pour régler les frais d'hébergement.", "Le président du CCAS (Prénom Nom)", "1 200,00 €",
                "Liste et adresses des obligés alimentaires");
        assertThat(text).doesNotContain("Noé");
        DossierDocument document = strict(embeddedJson(pdf));
        assertThat(document.avis().avis()).isEqualTo("FAVORABLE");
        assertThat(document.obligesAlimentaires().list()).hasSize(2);
        assertThat(document.establishment().entryOn()).isEqualTo(java.time.LocalDate.of(2025, 1, 6));
        assertValidAgainstServedSchema(embeddedJson(pdf));
    }

    @Test
    void theEstablishmentAndTheNoObligesDeclarationAreCompletedOnTheRequest() {
        Map<String, Object> body = People.person("ROUSSEL", "Camille", "FEMALE", "1991-05-02", "38052", "38520");
        body.put("familySituation", "CELIBATAIRE");
        String request = request(person(body), "ASH_PA", null);
        as(instructeur).get("/api/aid-requests/" + request + "/dossier/check").then().statusCode(200)
                .body("sections.find { it.code == 'ETABLISSEMENT' }.fields.find { it.field == 'establishment.name' }.state", equalTo("MISSING"))
                .body("sections.find { it.code == 'ETABLISSEMENT' }.fields.find { it.field == 'establishment.name' }.target", equalTo("REQUEST"))
                .body("sections.find { it.code == 'OBLIGES' }.fields.find { it.field == 'obligesAlimentaires' }.state", equalTo("MISSING"));
        as(instructeur).body(Map.of("accommodation", Map.of("establishment", "Foyer de vie Les Cèdres", "entryOn", "2025-01-06",
                "habilitated", true), "noObligesAlimentaires", true)).put("/api/aid-requests/" + request + "/dossier/data").then()
                .statusCode(200)
                .body("sections.find { it.code == 'ETABLISSEMENT' }.fields.find { it.field == 'establishment.name' }.state", equalTo("FILLED"))
                .body("sections.find { it.code == 'OBLIGES' }.fields.find { it.field == 'obligesAlimentaires' }.state", equalTo("FILLED"));
        problem(as(instructeur).body(Map.of("accommodation", Map.of("finess", "12"))).put("/api/aid-requests/" + request + "/dossier/data")
                .then(), 422, "validation").body("errors.field", hasItem("accommodation.finess"));
    }

    @Test
    void theDepartementVariantAddsMandatoryFields() {
        String admin = fixtures.token(fixtures.agent(org, Role.ADMIN));
        Map<String, Object> body = completeJeanne();
        body.remove("phone");
        String request = request(person(body), "APA_DOMICILE", null);
        receiveRequiredPieces(request);
        as(instructeur).get("/api/aid-requests/" + request + "/dossier/check").then().body("complete", equalTo(true));
        as(admin).body(Map.of("label", "Département de l'Isère", "requiredFields", List.of("PHONE"))).put("/api/admin/dossier-variant")
                .then().statusCode(200).body("requiredFields", equalTo(List.of("PHONE")));
        as(instructeur).get("/api/aid-requests/" + request + "/dossier/check").then().body("complete", equalTo(false))
                .body("sections.find { it.code == 'ADRESSE' }.fields.find { it.field == 'applicant.phone' }.state", equalTo("MISSING"));
        problem(as(admin).body(Map.of("requiredFields", List.of("SHOE_SIZE"))).put("/api/admin/dossier-variant").then(), 400, "malformed-request");
    }

    @Test
    void thePiecesCanBeMergedAfterTheFormForTransmission() throws Exception {
        String request = request(person(completeJeanne()), "APA_DOMICILE", null);
        receiveRequiredPieces(request);
        byte[] piece;
        try (PDDocument one = new PDDocument()) {
            one.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            one.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            one.save(out);
            piece = out.toByteArray();
        }
        var image = new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        given().header("Authorization", "Bearer " + instructeur).multiPart("pieceCode", "RIB").multiPart("file", "rib.pdf", piece, "application/pdf")
                .post("/api/aid-requests/" + request + "/documents").then().statusCode(201);
        given().header("Authorization", "Bearer " + instructeur).multiPart("pieceCode", "IDENTITE")
                .multiPart("file", "cni.png", png.toByteArray(), "image/png").post("/api/aid-requests/" + request + "/documents").then()
                .statusCode(201);
        generate(instructeur, request, false).then().statusCode(201);
        int formPages;
        try (PDDocument form = Loader.loadPDF(pdf(request, 1))) {
            formPages = form.getNumberOfPages();
        }
        byte[] merged = as(instructeur).accept("application/pdf").queryParam("withPieces", true)
                .get("/api/aid-requests/" + request + "/dossier/versions/1/pdf").then().statusCode(200).extract().asByteArray();
        try (PDDocument all = Loader.loadPDF(merged)) {
            assertThat(all.getNumberOfPages()).isEqualTo(formPages + 1 + 2);
        }
        assertThat(text(merged)).contains("DUPONT");
    }

    @Test
    void otherOrganisationsSeeNothingAndAccueilCannotDownloadTheNir() {
        String request = request(person(completeJeanne()), "APA_DOMICILE", null);
        receiveRequiredPieces(request);
        generate(instructeur, request, false).then().statusCode(201);

        var other = fixtures.cias();
        String stranger = fixtures.token(fixtures.agent(other, Role.INSTRUCTEUR));
        problem(as(stranger).get("/api/aid-requests/" + request + "/dossier/check").then(), 404, "not-found");
        problem(generate(stranger, request, false).then(), 404, "not-found");
        problem(as(stranger).get("/api/aid-requests/" + request + "/dossier/versions").then(), 404, "not-found");
        problem(as(stranger).get("/api/aid-requests/" + request + "/dossier/versions/1/pdf").then(), 404, "not-found");
        problem(as(stranger).get("/api/aid-requests/" + request + "/dossier/versions/1/json").then(), 404, "not-found");

        // The request's commune is 38052: an ACCUEIL agent of another commune does not see it, one of 38052 does.
        String elsewhere = fixtures.token(fixtures.agent(org, Role.ACCUEIL, "38005"));
        problem(as(elsewhere).get("/api/aid-requests/" + request + "/dossier/check").then(), 404, "not-found");
        String accueil = fixtures.token(fixtures.agent(org, Role.ACCUEIL, "38052"));
        as(accueil).get("/api/aid-requests/" + request + "/dossier/check").then().statusCode(200);
        generate(accueil, request, false).then().statusCode(201).body("number", equalTo(2));
        as(accueil).get("/api/aid-requests/" + request + "/dossier/versions").then().statusCode(200).body("size()", equalTo(2));
        problem(as(accueil).get("/api/aid-requests/" + request + "/dossier/versions/1/pdf").then(), 403, "forbidden");
        problem(as(instructeur).get("/api/aid-requests/" + request + "/dossier/versions/9/pdf").then(), 404, "not-found");
    }

    @Test
    void aidsWithoutADepartementDossierAreRefused() {
        String person = person(completeJeanne());
        String id = as(instructeur).body(Map.of("beneficiaryId", person, "aidTypeId", type("SECOURS_URGENCE"))).post("/api/aid-requests")
                .then().statusCode(201).extract().path("id");
        problem(as(instructeur).get("/api/aid-requests/" + id + "/dossier/check").then(), 409, "conflict");
        problem(generate(instructeur, id, true).then(), 409, "conflict");
    }
}
