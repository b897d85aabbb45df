package fr.entraide.aidrequest.documents;

import static fr.entraide.testing.Api.as;
import static fr.entraide.testing.Api.problem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import fr.entraide.beneficiary.People;
import fr.entraide.security.Role;
import fr.entraide.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DocumentUploadTest {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Inject
    Fixtures fixtures;

    @Inject
    EntityManager em;

    @ConfigProperty(name = "entraide.data-dir")
    String dataDir;

    private String token;
    private String request;
    private Fixtures.Org org;

    @BeforeEach
    void setUp() {
        org = fixtures.cias();
        token = fixtures.token(fixtures.agent(org, Role.INSTRUCTEUR));
        String person = as(token).body(People.jeanne()).post("/api/beneficiaries").then().statusCode(201).extract().path("id");
        String apa = as(token).get("/api/catalogue").then().extract().path("find { it.code == 'APA_DOMICILE' }.id");
        request = as(token).body(Map.of("beneficiaryId", person, "aidTypeId", apa)).post("/api/aid-requests").then().statusCode(201)
                .extract().path("id");
    }

    private Response upload(String piece, String filename, byte[] content, String declaredType) {
        return given().header("Authorization", "Bearer " + token)
                .multiPart("pieceCode", piece)
                .multiPart("file", filename, content, declaredType)
                .post("/api/aid-requests/" + request + "/documents");
    }

    private long storedFiles() throws Exception {
        Path dir = Path.of(dataDir, "documents", org.id().toString());
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> !p.getFileName().toString().startsWith(".")).count();
        }
    }

    @Test
    void aPdfIsStoredWithItsHashTicksThePieceAndComesBackIdentical() throws Exception {
        String expectedHash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF));
        String id = upload("RIB", "rib.pdf", PDF, "application/pdf").then().statusCode(201)
                .body("contentType", equalTo("application/pdf"))
                .body("sha256", equalTo(expectedHash))
                .body("sizeBytes", equalTo(PDF.length))
                .extract().path("id");

        as(token).get("/api/aid-requests/" + request).then().body("pieces.find { it.code == 'RIB' }.received", equalTo(true));
        byte[] downloaded = given().header("Authorization", "Bearer " + token).get("/api/aid-requests/" + request + "/documents/" + id)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertThat(downloaded).isEqualTo(PDF);
        as(fixtures.token(fixtures.agent(org, Role.ADMIN))).queryParam("action", "DOCUMENT_DOWNLOADED").queryParam("targetId", id)
                .get("/api/admin/audit").then().body("total", equalTo(1));
    }

    @Test
    void theTypeComesFromTheContentNotTheName() throws Exception {
        byte[] exe = new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0 };
        long before = storedFiles();
        problem(upload("RIB", "rib.pdf", exe, "application/pdf").then(), 415, "unsupported-media-type");
        byte[] png = new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13 };
        upload("IDENTITE", "carte.bin", png, "application/octet-stream").then().statusCode(201).body("contentType", equalTo("image/png"));
        assertThat(storedFiles()).isEqualTo(before + 1);
    }

    @Test
    void anOversizeFileIsRefusedAndNothingIsKept() throws Exception {
        byte[] big = new byte[1024 * 1024 + 10];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        long before = storedFiles();
        problem(upload("RIB", "gros.pdf", big, "application/pdf").then(), 413, "payload-too-large");
        assertThat(storedFiles()).isEqualTo(before);
        as(token).get("/api/aid-requests/" + request).then().body("pieces.find { it.code == 'RIB' }.received", equalTo(false));
    }

    @Test
    void anUnknownPieceKeepsNoBytes() throws Exception {
        long before = storedFiles();
        problem(upload("INCONNUE", "x.pdf", PDF, "application/pdf").then(), 404, "not-found");
        assertThat(storedFiles()).isEqualTo(before);
        List<?> rows = em.createNativeQuery("select 1 from document where request_id = cast(?1 as uuid)").setParameter(1, request)
                .getResultList();
        assertThat(rows).isEmpty();
    }

    @Test
    void uploadsToARequestOutsideTheScopeAreRefused() {
        String accueil = fixtures.token(fixtures.agent(org, Role.ACCUEIL, "38005"));
        problem(given().header("Authorization", "Bearer " + accueil).multiPart("pieceCode", "RIB").multiPart("file", "rib.pdf", PDF,
                "application/pdf").post("/api/aid-requests/" + request + "/documents").then(), 404, "not-found");
    }
}
