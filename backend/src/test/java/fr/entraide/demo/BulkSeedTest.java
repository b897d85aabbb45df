package fr.entraide.demo;

import static fr.entraide.testing.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import fr.entraide.beneficiary.nir.Nir;
import fr.entraide.security.Role;
import fr.entraide.testing.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Persons stored by COPY are records like the others: searchable, readable, their NIR decrypted. */
@QuarkusTest
class BulkSeedTest {

    private static final int COUNT = 200;

    @Inject
    BulkSeeder seeder;

    @Inject
    Fixtures fixtures;

    @Inject
    AgroalDataSource dataSource;

    private Fixtures.Org org;
    private String instructeur;
    private List<FictitiousPerson> persons;

    @BeforeEach
    void seed() {
        org = fixtures.cias();
        instructeur = fixtures.token(fixtures.agent(org, Role.INSTRUCTEUR));
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        persons = new FictitiousPeople(11, today, org.communes()).take(COUNT);
        seeder.append(org.id(), new FictitiousPeople(11, today, org.communes()), COUNT, done -> { });
    }

    private String id(FictitiousPerson p) {
        return BulkSeeder.recordId(org.id(), p).toString();
    }

    @Test
    void seededPersonsAreFoundByANameTypedWithoutAccents() {
        as(instructeur).get("/api/beneficiaries?size=1").then().statusCode(200).body("total", equalTo(COUNT));
        for (FictitiousPerson p : persons.subList(0, 10)) {
            String typed = FictitiousPeople.ascii(p.birthName()) + " " + FictitiousPeople.ascii(p.firstNames().get(0));
            as(instructeur).queryParam("q", typed).queryParam("size", 100).get("/api/beneficiaries").then()
                    .statusCode(200)
                    .body("items.id", hasItem(id(p)));
        }
    }

    @Test
    void aSeededPersonIsFoundByItsNirAndReadBackDecrypted() {
        FictitiousPerson p = persons.get(COUNT / 2);
        as(instructeur).queryParam("q", Nir.parse(p.nir()).display()).get("/api/beneficiaries").then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(id(p)));
        as(instructeur).queryParam("q", p.nir().substring(0, 13)).get("/api/beneficiaries").then()
                .statusCode(200)
                .body("items[0].id", equalTo(id(p)));
        as(instructeur).get("/api/beneficiaries/" + id(p)).then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("nir", equalTo(Nir.parse(p.nir()).display()))
                .body("birthName", equalTo(p.birthName()))
                .body("firstNames", equalTo(p.firstNames()))
                .body("birthPlace.code", equalTo(p.birthPlaceCode()))
                .body("address.postcode", equalTo(p.details().address().postcode()))
                .body("status", equalTo("ACTIVE"));
    }

    @Test
    void toppingUpAddsOnlyWhatIsMissingAndContinuesTheSequence() throws Exception {
        Fixtures.Org other = fixtures.cias();
        assertThat(seeder.topUp(other.id(), 120, 5)).isEqualTo(120);
        assertThat(seeder.topUp(other.id(), 120, 5)).isZero();
        assertThat(seeder.topUp(other.id(), 180, 5)).isEqualTo(60);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select count(*), count(distinct nir_index), count(distinct id) from beneficiary where organisation_id = ?")) {
            select.setObject(1, other.id());
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(180);
                assertThat(rs.getLong(2)).isEqualTo(180);
                assertThat(rs.getLong(3)).isEqualTo(180);
            }
        }
    }

    @Test
    void theDemoPathTopsUpInsideTheCallersTransaction() {
        Fixtures.Org demo = fixtures.cias();
        int added = QuarkusTransaction.requiringNew().call(() -> seeder.topUpWithinTransaction(demo.id(), 60, 38052));
        int again = QuarkusTransaction.requiringNew().call(() -> seeder.topUpWithinTransaction(demo.id(), 60, 38052));
        assertThat(added).isEqualTo(60);
        assertThat(again).isZero();
        String admin = fixtures.token(fixtures.agent(demo, Role.ADMIN));
        as(admin).get("/api/beneficiaries?size=1").then().statusCode(200).body("total", equalTo(60));
    }
}
