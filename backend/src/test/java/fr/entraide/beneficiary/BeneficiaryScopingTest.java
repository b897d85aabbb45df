package fr.entraide.beneficiary;

import static fr.entraide.testing.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import fr.entraide.security.Role;
import fr.entraide.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * Role × endpoint × where the person lives (own commune, another commune of the organisation,
 * another organisation), with the expected status of each cell.
 */
@QuarkusTest
class BeneficiaryScopingTest {

    @Inject
    Fixtures fixtures;

    private enum Place { OWN_COMMUNE, OTHER_COMMUNE, OTHER_ORGANISATION }

    private record Endpoint(String name, BiFunction<RequestSpecification, String, Integer> call) {
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET fiche", (r, id) -> r.get("/api/beneficiaries/" + id).statusCode()),
            new Endpoint("GET historique", (r, id) -> r.get("/api/beneficiaries/" + id + "/history").statusCode()),
            new Endpoint("PUT fiche", (r, id) -> r.header("If-Match", "\"0\"").body(People.with(People.jeanne(), "nir", null))
                    .put("/api/beneficiaries/" + id).statusCode()),
            new Endpoint("POST archive", (r, id) -> r.post("/api/beneficiaries/" + id + "/archive").statusCode()));

    /** Expected status per role, for (own commune, other commune, other organisation). */
    private static final Map<Role, Map<String, int[]>> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put(Role.ADMIN, Map.of("GET fiche", new int[] { 200, 200, 404 }, "GET historique", new int[] { 200, 200, 404 },
                "PUT fiche", new int[] { 200, 200, 404 }, "POST archive", new int[] { 200, 200, 404 }));
        EXPECTED.put(Role.INSTRUCTEUR, Map.of("GET fiche", new int[] { 200, 200, 404 }, "GET historique", new int[] { 200, 200, 404 },
                "PUT fiche", new int[] { 200, 200, 404 }, "POST archive", new int[] { 200, 200, 404 }));
        EXPECTED.put(Role.PRESIDENT, Map.of("GET fiche", new int[] { 200, 200, 404 }, "GET historique", new int[] { 200, 200, 404 },
                "PUT fiche", new int[] { 403, 403, 403 }, "POST archive", new int[] { 403, 403, 403 }));
        EXPECTED.put(Role.ACCUEIL, Map.of("GET fiche", new int[] { 200, 404, 404 }, "GET historique", new int[] { 200, 404, 404 },
                "PUT fiche", new int[] { 200, 404, 404 }, "POST archive", new int[] { 403, 403, 403 }));
    }

    @Test
    void everyRoleSeesAndChangesExactlyItsScope() {
        var org = fixtures.cias();
        var other = fixtures.cias();
        String creatorA = fixtures.token(fixtures.agent(org, Role.INSTRUCTEUR));
        String creatorB = fixtures.token(fixtures.agent(other, Role.INSTRUCTEUR));
        List<String> failures = new ArrayList<>();
        for (var roleRow : EXPECTED.entrySet()) {
            Role role = roleRow.getKey();
            String token = fixtures.token(role == Role.ACCUEIL ? fixtures.agent(org, role, "38052") : fixtures.agent(org, role));
            for (Endpoint endpoint : ENDPOINTS) {
                int[] expected = roleRow.getValue().get(endpoint.name());
                for (Place place : Place.values()) {
                    // A fresh person per cell, so that an update or an archive never changes another cell.
                    String id = switch (place) {
                        case OWN_COMMUNE -> person(creatorA, "38052", "38520");
                        case OTHER_COMMUNE -> person(creatorA, "38005", "38114");
                        case OTHER_ORGANISATION -> person(creatorB, "38052", "38520");
                    };
                    int status = endpoint.call().apply(as(token), id);
                    if (status != expected[place.ordinal()]) {
                        failures.add(role + " " + endpoint.name() + " " + place + ": expected " + expected[place.ordinal()]
                                + ", got " + status);
                    }
                }
            }
            if (role == Role.ACCUEIL) {
                assertThat(as(token).queryParam("commune", "38005").get("/api/beneficiaries").then().extract()
                        .<Integer>path("total")).as("ACCUEIL filtering on another commune").isZero();
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void searchNeverCrossesTheScope() {
        var org = fixtures.cias();
        var other = fixtures.cias();
        String creatorA = fixtures.token(fixtures.agent(org, Role.INSTRUCTEUR));
        String own = person(creatorA, "38052", "38520");
        String otherCommune = person(creatorA, "38005", "38114");
        String otherOrganisation = person(fixtures.token(fixtures.agent(other, Role.INSTRUCTEUR)), "38052", "38520");

        List<String> accueil = as(fixtures.token(fixtures.agent(org, Role.ACCUEIL, "38052"))).queryParam("q", "scope")
                .queryParam("size", 100).get("/api/beneficiaries").then().statusCode(200).extract().path("items.id");
        List<String> instructeur = as(fixtures.token(fixtures.agent(org, Role.INSTRUCTEUR))).queryParam("q", "scope")
                .queryParam("size", 100).get("/api/beneficiaries").then().statusCode(200).extract().path("items.id");

        assertThat(accueil).contains(own).doesNotContain(otherCommune, otherOrganisation);
        assertThat(instructeur).contains(own, otherCommune).doesNotContain(otherOrganisation);
    }

    private static String person(String token, String commune, String postcode) {
        Map<String, Object> body = People.person("Scopé", "Personne" + System.nanoTime() % 100000, "FEMALE", "1950-01-01",
                commune, postcode);
        body.put("duplicateReason", "Jeu d'essai");
        return as(token).body(body).post("/api/beneficiaries").then().statusCode(201).extract().path("id");
    }
}
