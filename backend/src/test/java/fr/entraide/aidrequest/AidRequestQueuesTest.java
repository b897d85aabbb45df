package fr.entraide.aidrequest;

import static fr.entraide.testing.Api.as;
import static fr.entraide.testing.Api.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import fr.entraide.beneficiary.People;
import fr.entraide.security.Role;
import fr.entraide.testing.Fixtures;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AidRequestQueuesTest {

    @Inject
    Fixtures fixtures;

    private static void at(LocalDate day) {
        QuarkusMock.installMockForType(Clock.fixed(day.atTime(10, 0).atZone(ZoneId.of("Europe/Paris")).toInstant(), ZoneOffset.UTC),
                Clock.class);
    }

    @Test
    void aLegalRequestWithTheAvisIsInTheTransmitQueueWithItsDeadline() {
        var org = fixtures.cias();
        String instructeur = fixtures.token(fixtures.agent(org, Role.INSTRUCTEUR));
        String president = fixtures.token(fixtures.agent(org, Role.PRESIDENT));
        String person = as(instructeur).body(People.jeanne()).post("/api/beneficiaries").then().statusCode(201).extract().path("id");
        String ash = as(instructeur).get("/api/catalogue").then().extract().path("find { it.code == 'ASH_PA' }.id");

        at(LocalDate.of(2026, 3, 5));
        String id = as(instructeur).body(Map.of("beneficiaryId", person, "aidTypeId", ash, "accommodation",
                Map.of("establishment", "EHPAD Les Tilleuls", "entryOn", "2026-01-06", "habilitated", true)))
                .post("/api/aid-requests").then().statusCode(201)
                .body("status", equalTo("BROUILLON"))
                .body("reference", containsString("2026-"))
                .body("pieces.code", hasItem("LISTE_OBLIGES"))
                .extract().path("id");
        as(instructeur).body(Map.of("action", "DEPOSER")).post("/api/aid-requests/" + id + "/transitions").then().statusCode(200)
                .body("depositedOn", equalTo("2026-03-05"))
                .body("deadlines.transmissionDue", equalTo("2026-04-05"))
                .body("deadlines.ashEffectiveOn", equalTo("2026-01-06"));
        problem(as(instructeur).body(Map.of("action", "DECLARER_COMPLETE")).post("/api/aid-requests/" + id + "/transitions").then(),
                422, "validation").body("errors.field", hasItem("pieces.LISTE_OBLIGES"));
        as(president).body(Map.of("action", "RENDRE_AVIS", "avis", "FAVORABLE", "motivation", "Ressources insuffisantes."))
                .post("/api/aid-requests/" + id + "/transitions").then().statusCode(200);

        at(LocalDate.of(2026, 3, 28));
        as(instructeur).queryParam("queue", "A_TRANSMETTRE").get("/api/aid-requests").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.transmissionDue", equalTo("2026-04-05"))
                .body("items.find { it.id == '" + id + "' }.daysLeft", equalTo(8))
                .body("items.find { it.id == '" + id + "' }.alert", equalTo(true))
                .body("items.find { it.id == '" + id + "' }.overdue", equalTo(false));
        at(LocalDate.of(2026, 4, 7));
        as(instructeur).get("/api/aid-requests/" + id).then().body("deadlines.daysLeft", equalTo(-2)).body("deadlines.overdue", equalTo(true));
        as(instructeur).queryParam("queue", "A_INSTRUIRE").get("/api/aid-requests").then().body("items.id", not(hasItem(id)));
        as(instructeur).queryParam("hasOpenRequest", true).get("/api/beneficiaries").then().body("items.id", hasItem(person));
        as(instructeur).queryParam("hasOpenRequest", false).get("/api/beneficiaries").then().body("items.id", not(hasItem(person)));
    }

    @Test
    void anEmergencyAdmissionIsNotifiedWithinThreeDays() {
        var org = fixtures.cias();
        String instructeur = fixtures.token(fixtures.agent(org, Role.INSTRUCTEUR));
        String person = as(instructeur).body(People.jeanne()).post("/api/beneficiaries").then().statusCode(201).extract().path("id");
        String ash = as(instructeur).get("/api/catalogue").then().extract().path("find { it.code == 'ASH_PA' }.id");
        as(instructeur).body(Map.of("beneficiaryId", person, "aidTypeId", ash, "accommodation",
                Map.of("entryOn", "2026-02-27", "emergencyAdmissionOn", "2026-02-27"))).post("/api/aid-requests").then().statusCode(201)
                .body("deadlines.emergencyNoticeDue", equalTo("2026-03-02"));
    }

    @Test
    void aFacultativeSecoursFollowsTheBaremeAndItsCeilingUpToPayment() {
        var org = fixtures.cias();
        String instructeur = fixtures.token(fixtures.agent(org, Role.INSTRUCTEUR));
        var body = People.jeanne();
        body.put("charges", java.util.List.of(Map.of("type", "LOYER", "monthlyAmountCents", 85_000)));
        String person = as(instructeur).body(body).post("/api/beneficiaries").then().statusCode(201).extract().path("id");
        String secours = as(instructeur).get("/api/catalogue").then().extract().path("find { it.code == 'SECOURS_URGENCE' }.id");
        String id = as(instructeur).body(Map.of("beneficiaryId", person, "aidTypeId", secours, "requestedAmountCents", 25_000))
                .post("/api/aid-requests").then().statusCode(201).body("status", equalTo("DEPOSEE")).extract().path("id");

        problem(as(instructeur).body(Map.of("action", "INSTRUIRE", "amountCents", 40_000)).post("/api/aid-requests/" + id + "/transitions")
                .then(), 422, "validation").body("errors[0].message", containsString("300,00 €"));
        as(instructeur).body(Map.of("action", "INSTRUIRE")).post("/api/aid-requests/" + id + "/transitions").then().statusCode(200)
                .body("proposedAmountCents", equalTo(30_000))
                .body("baremeExplanation", containsString("4,33 €"));
        as(instructeur).body(Map.of("action", "INSCRIRE_EN_COMMISSION")).post("/api/aid-requests/" + id + "/transitions").then()
                .statusCode(200);
        as(instructeur).queryParam("queue", "EN_COMMISSION").get("/api/aid-requests").then().body("items.id", hasItem(id));
        as(instructeur).body(Map.of("action", "ACCORDER")).post("/api/aid-requests/" + id + "/transitions").then().statusCode(200)
                .body("grantedAmountCents", equalTo(30_000));
        as(instructeur).queryParam("queue", "A_VERSER").get("/api/aid-requests").then().body("items.id", hasItem(id));
        problem(as(instructeur).body(Map.of("action", "VERSER")).post("/api/aid-requests/" + id + "/transitions").then(), 422,
                "validation").body("errors[0].field", equalTo("paymentMethod"));
        as(instructeur).body(Map.of("action", "VERSER", "paymentMethod", "CHEQUE", "paymentReference", "CHQ 0012345"))
                .post("/api/aid-requests/" + id + "/transitions").then().statusCode(200)
                .body("status", equalTo("VERSEE"))
                .body("paymentReference", equalTo("CHQ 0012345"))
                .body("timeline.action", hasItem("ACCORDER"));

        String again = as(instructeur).body(Map.of("beneficiaryId", person, "aidTypeId", secours)).post("/api/aid-requests").then()
                .statusCode(201).body("warnings[0].field", equalTo("aidTypeId")).extract().path("id");
        as(instructeur).get("/api/aid-requests/" + again).then().statusCode(200);
    }

    @Test
    void aFrontDeskAgentOnlySeesRequestsOfItsCommunes() {
        var org = fixtures.cias();
        String instructeur = fixtures.token(fixtures.agent(org, Role.INSTRUCTEUR));
        String accueil = fixtures.token(fixtures.agent(org, Role.ACCUEIL, "38005"));
        String person = as(instructeur).body(People.jeanne()).post("/api/beneficiaries").then().statusCode(201).extract().path("id");
        String secours = as(instructeur).get("/api/catalogue").then().extract().path("find { it.code == 'SECOURS_URGENCE' }.id");
        String id = as(instructeur).body(Map.of("beneficiaryId", person, "aidTypeId", secours)).post("/api/aid-requests").then()
                .statusCode(201).extract().path("id");

        problem(as(accueil).get("/api/aid-requests/" + id).then(), 404, "not-found");
        as(accueil).get("/api/aid-requests").then().statusCode(200).body("items.id", not(hasItem(id)));
        problem(as(accueil).body(Map.of("beneficiaryId", person, "aidTypeId", secours)).post("/api/aid-requests").then(), 422,
                "validation");
    }
}
