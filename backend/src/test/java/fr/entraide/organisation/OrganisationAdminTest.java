package fr.entraide.organisation;

import static fr.entraide.testing.Api.as;
import static fr.entraide.testing.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import fr.entraide.security.Role;
import fr.entraide.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrganisationAdminTest {

    /** CC de l'Oisans: 19 member communes in @etalab/decoupage-administratif 6.0.0. */
    private static final String OISANS = "243800745";

    @Inject
    Fixtures fixtures;

    @Test
    void aCiasIsSetUpFromItsEpciWhoseMembersBecomeItsCommunes() {
        var org = fixtures.organisation(OrganisationKind.CCAS);
        String token = fixtures.token(fixtures.agent(org, Role.ADMIN));
        int members = as(token).get("/api/referentiel/epci/" + OISANS).then().statusCode(200)
                .body("epci.name", equalTo("CC de l'Oisans"))
                .extract().path("communes.size()");
        assertThat(members).isGreaterThan(10);

        as(token).body(Map.of("epciCode", OISANS)).post("/api/admin/organisation/epci").then().statusCode(200)
                .body("kind", equalTo("CIAS"))
                .body("epciCode", equalTo(OISANS))
                .body("epciName", equalTo("CC de l'Oisans"))
                .body("departement", equalTo("38"))
                .body("communes", hasSize(members))
                .body("communes.name", hasItem("Le Bourg-d'Oisans"));
        as(token).get("/api/communes").then().statusCode(200).body("$", hasSize(members));
    }

    @Test
    void anUnknownEpciIsAValidationError() {
        var org = fixtures.organisation(OrganisationKind.CCAS);
        String token = fixtures.token(fixtures.agent(org, Role.ADMIN));
        problem(as(token).body(Map.of("epciCode", "999999999")).post("/api/admin/organisation/epci").then(), 422, "validation")
                .body("errors[0].field", equalTo("epciCode"));
    }

    @Test
    void communesAreAddedFromTheReferenceDataAndRemovedWhenNoAgentNeedsThem() {
        var org = fixtures.organisation(OrganisationKind.CCAS);
        String token = fixtures.token(fixtures.agent(org, Role.ADMIN));

        as(token).body(Map.of("inseeCode", "2A004")).post("/api/admin/organisation/communes").then().statusCode(201)
                .body("name", equalTo("Ajaccio"))
                .body("departement", equalTo("2A"));
        problem(as(token).body(Map.of("inseeCode", "2A004")).post("/api/admin/organisation/communes").then(), 409, "conflict");
        problem(as(token).body(Map.of("inseeCode", "99999")).post("/api/admin/organisation/communes").then(), 422, "validation");

        fixtures.agent(new Fixtures.Org(org.id(), List.of("2A004")), Role.ACCUEIL, "2A004");
        problem(as(token).delete("/api/admin/organisation/communes/2A004").then(), 409, "conflict");
        problem(as(token).delete("/api/admin/organisation/communes/38052").then(), 404, "not-found");
    }

    @Test
    void theOrganisationCanBeRenamed() {
        var org = fixtures.organisation(OrganisationKind.CCAS);
        String token = fixtures.token(fixtures.agent(org, Role.ADMIN));
        as(token).body(Map.of("name", "CCAS de Saint-Xandre", "kind", "CCAS", "departement", "17"))
                .put("/api/admin/organisation").then().statusCode(200)
                .body("name", equalTo("CCAS de Saint-Xandre"));
        as(token).get("/api/me").then().body("organisation.name", equalTo("CCAS de Saint-Xandre"));
    }

    @Test
    void communeSearchIgnoresAccentsAndCaseAndFindsByPostcode() {
        String token = fixtures.token(fixtures.agent(fixtures.cias(), Role.INSTRUCTEUR));
        as(token).queryParam("q", "bourg d'oisans").get("/api/referentiel/communes").then().statusCode(200)
                .body("inseeCode", hasItem("38052"));
        as(token).queryParam("q", "evry").get("/api/referentiel/communes").then().statusCode(200)
                .body("name", hasItem("Évry-Courcouronnes"));
        as(token).queryParam("q", "38520").get("/api/referentiel/communes").then().statusCode(200)
                .body("inseeCode", hasItem("38052"));
    }
}
