package fr.entraide.aidrequest;

import static fr.entraide.testing.Api.as;
import static fr.entraide.testing.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import fr.entraide.beneficiary.People;
import fr.entraide.security.Role;
import fr.entraide.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CommissionBudgetLoanTest {

    @Inject
    Fixtures fixtures;

    private String instructeur;
    private String admin;
    private String session;

    @BeforeEach
    void setUp() {
        var org = fixtures.cias();
        instructeur = fixtures.token(fixtures.agent(org, Role.INSTRUCTEUR));
        admin = fixtures.token(fixtures.agent(org, Role.ADMIN));
        session = as(instructeur).body(Map.of("heldOn", LocalDate.now().toString(), "title", "Commission permanente",
                "members", List.of("Mme Durand, vice-présidente", "M. Morel"))).post("/api/commissions").then().statusCode(201)
                .extract().path("id");
    }

    private String type(String code) {
        return as(instructeur).get("/api/catalogue").then().extract().path("find { it.code == '" + code + "' }.id");
    }

    private String instructedOnAgenda(String code, Long amount) {
        Map<String, Object> person = People.with(People.with(People.jeanne(), "birthName",
                "COMMISSION" + System.nanoTime() % 100000), "nir", null);
        String beneficiary = as(instructeur).body(person).post("/api/beneficiaries").then().statusCode(201).extract().path("id");
        String id = as(instructeur).body(Map.of("beneficiaryId", beneficiary, "aidTypeId", type(code))).post("/api/aid-requests").then()
                .statusCode(201).extract().path("id");
        Map<String, Object> instruct = amount == null ? Map.of("action", "INSTRUIRE") : Map.of("action", "INSTRUIRE", "amountCents", amount);
        as(instructeur).body(instruct).post("/api/aid-requests/" + id + "/transitions").then().statusCode(200);
        as(instructeur).body(Map.of("requestId", id)).post("/api/commissions/" + session + "/agenda").then().statusCode(200);
        return id;
    }

    @Test
    void decisionsBeyondTheBudgetAreRefusedTogetherUnlessAnAdministratorOverrides() throws Exception {
        int year = LocalDate.now().getYear();
        as(admin).body(Map.of("votedCents", 50_000)).put("/api/admin/budget/" + year + "/" + type("SECOURS_URGENCE")).then().statusCode(200)
                .body("remainingCents", equalTo(50_000));
        String first = instructedOnAgenda("SECOURS_URGENCE", 30_000L);
        String second = instructedOnAgenda("SECOURS_URGENCE", 30_000L);
        as(instructeur).get("/api/commissions/" + session).then().body("agenda", hasSize(2));
        List<Map<String, Object>> decisions = List.of(Map.of("requestId", first, "decision", "ACCORDER"),
                Map.of("requestId", second, "decision", "ACCORDER"));

        problem(as(instructeur).body(Map.of("decisions", decisions)).post("/api/commissions/" + session + "/decisions").then(), 409,
                "conflict").body("detail", containsString("budget"))
                // The second grant is the one that no longer fits: the refusal names its override field.
                .body("errors[0].field", equalTo("decisions[1].budgetOverrideReason"))
                .body("errors[0].message", containsString("200,00 €"));
        as(instructeur).get("/api/aid-requests/" + first).then().body("status", equalTo("EN_COMMISSION"));

        problem(as(instructeur).body(Map.of("decisions", List.of(Map.of("requestId", first, "decision", "ACCORDER"),
                Map.of("requestId", second, "decision", "ACCORDER", "budgetOverrideReason", "Urgence"))))
                .post("/api/commissions/" + session + "/decisions").then(), 409, "conflict");
        as(admin).body(Map.of("decisions", List.of(Map.of("requestId", first, "decision", "ACCORDER"),
                Map.of("requestId", second, "decision", "ACCORDER", "budgetOverrideReason", "Expulsion imminente, vote du CA à venir"))))
                .post("/api/commissions/" + session + "/decisions").then().statusCode(200);

        as(instructeur).queryParam("year", year).get("/api/budget").then().statusCode(200)
                .body("find { it.aidTypeCode == 'SECOURS_URGENCE' }.committedCents", equalTo(60_000))
                .body("find { it.aidTypeCode == 'SECOURS_URGENCE' }.remainingCents", equalTo(-10_000));

        byte[] pdf = as(instructeur).accept("application/pdf").get("/api/commissions/" + session + "/minutes").then().statusCode(200)
                .extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Procès-verbal", "Mme Durand, vice-présidente", "Accordée : 300,00 €", "600,00 €",
                    "Expulsion imminente");
        }
    }

    @Test
    void onlyRequestsOnTheAgendaAreDecided() {
        String elsewhere = instructedOnAgenda("SECOURS_URGENCE", 10_000L);
        String other = as(instructeur).body(Map.of("heldOn", LocalDate.now().toString(), "title", "Autre séance")).post("/api/commissions")
                .then().statusCode(201).extract().path("id");
        problem(as(instructeur).body(Map.of("decisions", List.of(Map.of("requestId", elsewhere, "decision", "ACCORDER"))))
                .post("/api/commissions/" + other + "/decisions").then(), 422, "validation");
        problem(as(instructeur).body(Map.of("decisions", List.of(Map.of("requestId", elsewhere, "decision", "REFUSER"))))
                .post("/api/commissions/" + session + "/decisions").then(), 422, "validation");
    }

    @Test
    void aLoanIsRepaidAgainstItsScheduleOldestFirst() {
        String loan = instructedOnAgenda("PRET_SANS_INTERET", 100_000L);
        as(instructeur).body(Map.of("decisions", List.of(Map.of("requestId", loan, "decision", "ACCORDER"))))
                .post("/api/commissions/" + session + "/decisions").then().statusCode(200);
        as(instructeur).body(Map.of("action", "VERSER", "paymentMethod", "VIREMENT", "installments", 4))
                .post("/api/aid-requests/" + loan + "/transitions").then().statusCode(200);

        as(instructeur).get("/api/aid-requests/" + loan + "/loan").then().statusCode(200)
                .body("installments", hasSize(4))
                .body("installments[0].amountCents", equalTo(25_000))
                .body("outstandingCents", equalTo(100_000));
        as(instructeur).body(Map.of("amountCents", 30_000)).post("/api/aid-requests/" + loan + "/loan/repayments").then().statusCode(200)
                .body("installments[0].paidCents", equalTo(25_000))
                .body("installments[1].paidCents", equalTo(5_000))
                .body("outstandingCents", equalTo(70_000));
        problem(as(instructeur).body(Map.of("amountCents", 80_000)).post("/api/aid-requests/" + loan + "/loan/repayments").then(), 422,
                "validation");
    }

    @Test
    void splittingALoanLosesNoCent() {
        List<long[]> parts = LoanService.split(100_001, 3);
        assertThat(parts.stream().mapToLong(p -> p[1]).sum()).isEqualTo(100_001);
        assertThat(parts.get(2)[1]).isEqualTo(33_335);
    }
}
