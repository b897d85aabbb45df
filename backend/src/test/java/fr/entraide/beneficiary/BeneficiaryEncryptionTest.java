package fr.entraide.beneficiary;

import static fr.entraide.testing.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import fr.entraide.security.Role;
import fr.entraide.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The NIR and the notes never reach the database in clear. */
@QuarkusTest
class BeneficiaryEncryptionTest {

    private static final String NOTES = "Note très confidentielle : suivi budgétaire";

    @Inject
    Fixtures fixtures;

    @Inject
    EntityManager em;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @Test
    void aDatabaseDumpShowsNeitherTheNirNorTheNotes() throws Exception {
        String token = fixtures.token(fixtures.agent(fixtures.cias(), Role.INSTRUCTEUR));
        var body = People.jeanne();
        body.put("notes", NOTES);
        String id = as(token).body(body).post("/api/beneficiaries").then().statusCode(201).extract().path("id");

        String dump = pgDump();

        assertThat(dump).contains(id).contains("DUPONT");
        assertThat(dump).doesNotContain("241037654012331").doesNotContain("2 41 03 76 540 123 31")
                .doesNotContain("41037654012331").doesNotContain(NOTES).doesNotContain("confidentielle");
    }

    @Test
    void theCiphertextIsBoundToItsRecord() {
        String token = fixtures.token(fixtures.agent(fixtures.cias(), Role.INSTRUCTEUR));
        String first = as(token).body(People.jeanne()).post("/api/beneficiaries").then().statusCode(201).extract().path("id");
        String second = as(token).body(People.with(People.jeanne(), "duplicateReason", "Homonyme vérifié"))
                .post("/api/beneficiaries").then().statusCode(201).extract().path("id");
        @SuppressWarnings("unchecked")
        List<byte[]> ciphers = em.createNativeQuery("select nir_cipher from beneficiary where id in (?1, ?2)")
                .setParameter(1, UUID.fromString(first)).setParameter(2, UUID.fromString(second)).getResultList();
        assertThat(ciphers).hasSize(2);
        assertThat(ciphers.get(0)).isNotEqualTo(ciphers.get(1));
    }

    private String pgDump() throws Exception {
        String database = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1);
        String hostPort = jdbcUrl.replaceFirst("^jdbc:postgresql://", "").replaceFirst("/.*$", "");
        String host = hostPort.contains(":") ? hostPort.substring(0, hostPort.indexOf(':')) : hostPort;
        String port = hostPort.contains(":") ? hostPort.substring(hostPort.indexOf(':') + 1) : "5432";
        ProcessBuilder builder = new ProcessBuilder("pg_dump", "--data-only", "--table=beneficiary", "--table=beneficiary_change",
                "--table=audit_event", "-h", host, "-p", port, "-U", user, database);
        builder.environment().put("PGPASSWORD", password);
        builder.redirectErrorStream(true);
        Process process = builder.start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = process.getInputStream()) {
            in.transferTo(out);
        }
        assertThat(process.waitFor()).as("pg_dump exit code: " + out).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }
}
