package fr.entraide.aidrequest;

import static fr.entraide.testing.Api.as;
import static fr.entraide.testing.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import fr.entraide.aidrequest.workflow.RequestAction;
import fr.entraide.aidrequest.workflow.RequestStatus;
import fr.entraide.aidrequest.workflow.Workflow;
import fr.entraide.security.Role;
import fr.entraide.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitraries;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The instruction workflow at the HTTP edge: every transition × every role, illegal moves, races. */
@QuarkusTest
class AidRequestWorkflowTest {

    @Inject
    Fixtures fixtures;

    private final Map<Role, String> tokens = new EnumMap<>(Role.class);
    private String person;
    private Map<String, String> types;

    @BeforeEach
    void setUp() {
        var org = fixtures.cias();
        for (Role role : Role.values()) {
            tokens.put(role, fixtures.token(role == Role.ACCUEIL ? fixtures.agent(org, role, "38052") : fixtures.agent(org, role)));
        }
        String instructeur = tokens.get(Role.INSTRUCTEUR);
        Map<String, Object> jeanne = new HashMap<>(fr.entraide.beneficiary.People.jeanne());
        person = as(instructeur).body(jeanne).post("/api/beneficiaries").then().statusCode(201).extract().path("id");
        types = new HashMap<>();
        List<Map<String, Object>> catalogue = as(instructeur).get("/api/catalogue").then().statusCode(200).extract().path("$");
        catalogue.forEach(t -> types.put((String) t.get("code"), (String) t.get("id")));
    }

    private String create(String code) {
        return as(tokens.get(Role.INSTRUCTEUR)).body(Map.of("beneficiaryId", person, "aidTypeId", types.get(code), "channel", "ACCUEIL"))
                .post("/api/aid-requests").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> body(RequestAction action) {
        Map<String, Object> body = new HashMap<>();
        body.put("action", action.name());
        switch (action) {
            case RENDRE_AVIS -> {
                body.put("avis", "FAVORABLE");
                body.put("motivation", "Situation conforme aux critères.");
            }
            case ENREGISTRER_DECISION -> {
                body.put("decision", "ACCORDEE");
                body.put("amountCents", 45_000);
            }
            case REFUSER -> body.put("motivation", "Ressources supérieures au barème.");
            case VERSER -> {
                body.put("paymentMethod", "VIREMENT");
                body.put("paymentReference", "VIR-2026-001");
            }
            case CLASSER_SANS_SUITE -> body.put("closedReason", "RETRAIT");
            case ACCORDER -> body.put("amountCents", 10_000);
            default -> {
            }
        }
        return body;
    }

    private Response act(String id, RequestAction action, Role role) {
        return as(tokens.get(role)).body(body(action)).post("/api/aid-requests/" + id + "/transitions");
    }

    private void receiveAllPieces(String id) {
        List<Map<String, Object>> pieces = as(tokens.get(Role.INSTRUCTEUR)).get("/api/aid-requests/" + id).then().extract().path("pieces");
        for (Map<String, Object> piece : pieces) {
            as(tokens.get(Role.INSTRUCTEUR)).put("/api/aid-requests/" + id + "/pieces/" + piece.get("code")).then().statusCode(200);
        }
    }

    /** Drives a fresh request to a state along the happy path. */
    private String requestIn(RequestStatus target, boolean legal) {
        String id = create(legal ? "APA_DOMICILE" : "SECOURS_URGENCE");
        List<RequestAction> path = legal
                ? switch (target) {
                    case BROUILLON -> List.of();
                    case DEPOSEE -> List.of(RequestAction.DEPOSER);
                    case INCOMPLETE -> List.of(RequestAction.DEPOSER, RequestAction.DECLARER_INCOMPLETE);
                    case COMPLETE -> List.of(RequestAction.DEPOSER, RequestAction.DECLARER_COMPLETE);
                    case AVIS_RENDU -> List.of(RequestAction.DEPOSER, RequestAction.RENDRE_AVIS);
                    case TRANSMISE -> List.of(RequestAction.DEPOSER, RequestAction.RENDRE_AVIS, RequestAction.TRANSMETTRE);
                    case DECIDEE -> List.of(RequestAction.DEPOSER, RequestAction.RENDRE_AVIS, RequestAction.TRANSMETTRE,
                            RequestAction.ENREGISTRER_DECISION);
                    default -> throw new IllegalArgumentException(target.name());
                }
                : switch (target) {
                    case DEPOSEE -> List.of();
                    case INSTRUITE -> List.of(RequestAction.INSTRUIRE);
                    case EN_COMMISSION -> List.of(RequestAction.INSTRUIRE, RequestAction.INSCRIRE_EN_COMMISSION);
                    case ACCORDEE -> List.of(RequestAction.INSTRUIRE, RequestAction.INSCRIRE_EN_COMMISSION, RequestAction.ACCORDER);
                    default -> throw new IllegalArgumentException(target.name());
                };
        receiveAllPieces(id);
        for (RequestAction action : path) {
            Role role = action == RequestAction.RENDRE_AVIS ? Role.PRESIDENT : Role.INSTRUCTEUR;
            act(id, action, role).then().statusCode(200);
        }
        return id;
    }

    @Test
    void everyTransitionIsAllowedToItsRolesOnlyFromEachOfItsStates() {
        List<String> failures = new ArrayList<>();
        for (Workflow workflow : List.of(Workflow.LEGAL, Workflow.FACULTATIVE)) {
            boolean legal = workflow == Workflow.LEGAL;
            for (RequestAction action : RequestAction.values()) {
                var transition = workflow.transition(action);
                if (transition.isEmpty()) {
                    continue;
                }
                for (RequestStatus from : transition.get().from()) {
                    for (Role role : Role.values()) {
                        String id = requestIn(from, legal);
                        Response response = act(id, action, role);
                        boolean allowed = transition.get().roles().contains(role);
                        int expected = allowed ? 200 : 403;
                        if (response.statusCode() != expected || allowed && !transition.get().to().name()
                                .equals(response.path("status"))) {
                            failures.add(action + " from " + from + " as " + role + ": expected " + expected + " → "
                                    + transition.get().to() + ", got " + response.statusCode() + " " + response.asString());
                        }
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void anIllegalTransitionNamesTheStateAndTheAllowedActions() {
        String id = requestIn(RequestStatus.BROUILLON, true);
        problem(act(id, RequestAction.TRANSMETTRE, Role.INSTRUCTEUR).then(), 409, "conflict")
                .body("detail", containsString("BROUILLON"))
                .body("detail", containsString("DEPOSER"));
        String secours = requestIn(RequestStatus.DEPOSEE, false);
        problem(act(secours, RequestAction.RENDRE_AVIS, Role.PRESIDENT).then(), 409, "conflict");
    }

    @Test
    void randomSequencesOfCallsNeverReachAStateTheWorkflowForbids() {
        Random random = new Random(20261123L);
        var actions = Arbitraries.of(RequestAction.class);
        var roles = Arbitraries.of(Role.class);
        for (int sequence = 0; sequence < 12; sequence++) {
            boolean legal = sequence % 2 == 0;
            Workflow workflow = legal ? Workflow.LEGAL : Workflow.FACULTATIVE;
            String id = create(legal ? "APA_DOMICILE" : "SECOURS_URGENCE");
            RequestStatus expected = workflow.initial();
            for (int step = 0; step < 10; step++) {
                RequestAction action = actions.sample();
                Role role = roles.sample();
                if (random.nextInt(4) == 0 && expected.isOpen()) {
                    receiveAllPieces(id);
                }
                Response response = act(id, action, role);
                var outcome = workflow.apply(expected, action, EnumSet.of(role), false);
                RequestStatus actual = RequestStatus.valueOf(as(tokens.get(Role.INSTRUCTEUR)).get("/api/aid-requests/" + id)
                        .then().extract().path("status"));
                if (response.statusCode() == 200) {
                    assertThat(outcome.allowed()).as(action + " as " + role + " from " + expected).isTrue();
                    expected = outcome.next();
                } else {
                    assertThat(response.statusCode()).as(action + " as " + role + " from " + expected).isIn(403, 409, 422);
                }
                assertThat(actual).isEqualTo(expected);
                assertThat(workflow.states()).contains(actual);
            }
        }
    }

    @Test
    void twoAgentsActingAtOnceCannotBothWin() throws Exception {
        var pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                String id = requestIn(RequestStatus.AVIS_RENDU, true);
                Callable<Integer> transmit = () -> act(id, RequestAction.TRANSMETTRE, Role.INSTRUCTEUR).statusCode();
                Callable<Integer> transmitToo = () -> act(id, RequestAction.TRANSMETTRE, Role.ADMIN).statusCode();
                Future<Integer> a = pool.submit(transmit);
                Future<Integer> b = pool.submit(transmitToo);
                List<Integer> statuses = List.of(a.get(), b.get());
                assertThat(statuses).containsOnlyOnce(200).contains(409);
                List<String> actions = as(tokens.get(Role.INSTRUCTEUR)).get("/api/aid-requests/" + id).then().extract()
                        .path("timeline.action");
                assertThat(actions.stream().filter(action -> action.equals("TRANSMETTRE"))).hasSize(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aStaleIfMatchIsRefused() {
        String id = requestIn(RequestStatus.DEPOSEE, true);
        problem(as(tokens.get(Role.INSTRUCTEUR)).header("If-Match", "\"0\"").body(body(RequestAction.DECLARER_INCOMPLETE))
                .post("/api/aid-requests/" + id + "/transitions").then(), 412, "precondition-failed");
    }

    @Test
    void aDelegatedInstructeurMayGiveTheAvis() {
        var org = fixtures.cias();
        var delegate = fixtures.agent(org, Role.INSTRUCTEUR);
        String admin = fixtures.token(fixtures.agent(org, Role.ADMIN));
        String token = fixtures.token(delegate);
        String beneficiary = as(token).body(fr.entraide.beneficiary.People.jeanne()).post("/api/beneficiaries").then()
                .statusCode(201).extract().path("id");
        String apa = as(token).get("/api/catalogue").then().extract().path("find { it.code == 'APA_DOMICILE' }.id");
        String id = as(token).body(Map.of("beneficiaryId", beneficiary, "aidTypeId", apa)).post("/api/aid-requests").then()
                .statusCode(201).extract().path("id");
        as(token).body(body(RequestAction.DEPOSER)).post("/api/aid-requests/" + id + "/transitions").then().statusCode(200);
        problem(as(token).body(body(RequestAction.RENDRE_AVIS)).post("/api/aid-requests/" + id + "/transitions").then(), 403,
                "forbidden");

        as(admin).put("/api/admin/avis-delegations/" + delegate.id()).then().statusCode(204);

        as(token).body(body(RequestAction.RENDRE_AVIS)).post("/api/aid-requests/" + id + "/transitions").then().statusCode(200)
                .body("status", equalTo("AVIS_RENDU"))
                .body("avis", equalTo("FAVORABLE"))
                .body("warnings.field", hasItem("pieces"));
    }

    @Test
    void statesOutsideTheWorkflowAreNeverReached() {
        Set<RequestStatus> legal = Workflow.LEGAL.states();
        assertThat(legal).doesNotContain(RequestStatus.EN_COMMISSION, RequestStatus.VERSEE);
        assertThat(Workflow.FACULTATIVE.states()).doesNotContain(RequestStatus.AVIS_RENDU, RequestStatus.TRANSMISE);
    }
}
