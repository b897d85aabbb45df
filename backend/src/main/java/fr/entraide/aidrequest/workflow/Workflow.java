package fr.entraide.aidrequest.workflow;

import static fr.entraide.aidrequest.workflow.RequestAction.*;
import static fr.entraide.aidrequest.workflow.RequestStatus.*;

import fr.entraide.security.Role;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The instruction workflows, as data: which action leads from which states to which state, and
 * who may take it. Legal aid (DOMAIN.md §5.1): the CCAS must transmit whatever its opinion and
 * even when pièces are missing, so incompleteness never blocks the avis or the transmission.
 * Facultative aid (§5.2): instruction, commission, decision, payment. Pure: tested on its own.
 */
public final class Workflow {

    /** One transition. {@code avis} marks the président's opinion, which a delegation also allows. */
    public record Transition(RequestAction action, Set<RequestStatus> from, RequestStatus to, Set<Role> roles, boolean avis) {
    }

    /** Why an action cannot be taken now. */
    public sealed interface Refusal permits WrongState, WrongRole {
    }

    public record WrongState(RequestStatus current, List<RequestAction> allowed) implements Refusal {
    }

    public record WrongRole(RequestAction action) implements Refusal {
    }

    private static final Set<Role> INSTRUCTION = EnumSet.of(Role.ADMIN, Role.INSTRUCTEUR);
    private static final Set<Role> FRONT = EnumSet.of(Role.ADMIN, Role.INSTRUCTEUR, Role.ACCUEIL);

    public static final Workflow LEGAL = new Workflow(BROUILLON, List.of(
            new Transition(DEPOSER, EnumSet.of(BROUILLON), DEPOSEE, FRONT, false),
            new Transition(DECLARER_INCOMPLETE, EnumSet.of(DEPOSEE, COMPLETE), INCOMPLETE, INSTRUCTION, false),
            new Transition(DECLARER_COMPLETE, EnumSet.of(DEPOSEE, INCOMPLETE), COMPLETE, INSTRUCTION, false),
            new Transition(RENDRE_AVIS, EnumSet.of(DEPOSEE, INCOMPLETE, COMPLETE), AVIS_RENDU, EnumSet.of(Role.PRESIDENT), true),
            new Transition(TRANSMETTRE, EnumSet.of(AVIS_RENDU), TRANSMISE, INSTRUCTION, false),
            new Transition(ENREGISTRER_DECISION, EnumSet.of(TRANSMISE), DECIDEE, INSTRUCTION, false),
            new Transition(CLORE, EnumSet.of(DECIDEE), CLOSE, INSTRUCTION, false),
            new Transition(CLASSER_SANS_SUITE, EnumSet.of(BROUILLON, DEPOSEE, INCOMPLETE, COMPLETE, AVIS_RENDU, TRANSMISE),
                    SANS_SUITE, INSTRUCTION, false)));

    public static final Workflow FACULTATIVE = new Workflow(DEPOSEE, List.of(
            new Transition(INSTRUIRE, EnumSet.of(DEPOSEE), INSTRUITE, INSTRUCTION, false),
            new Transition(INSCRIRE_EN_COMMISSION, EnumSet.of(INSTRUITE), EN_COMMISSION, INSTRUCTION, false),
            new Transition(ACCORDER, EnumSet.of(EN_COMMISSION), ACCORDEE, EnumSet.of(Role.ADMIN, Role.INSTRUCTEUR, Role.PRESIDENT), false),
            new Transition(REFUSER, EnumSet.of(EN_COMMISSION), REFUSEE, EnumSet.of(Role.ADMIN, Role.INSTRUCTEUR, Role.PRESIDENT), false),
            new Transition(VERSER, EnumSet.of(ACCORDEE), VERSEE, INSTRUCTION, false),
            new Transition(CLASSER_SANS_SUITE, EnumSet.of(DEPOSEE, INSTRUITE, EN_COMMISSION), SANS_SUITE, INSTRUCTION, false)));

    private final RequestStatus initial;
    private final Map<RequestAction, Transition> transitions = new EnumMap<>(RequestAction.class);

    private Workflow(RequestStatus initial, List<Transition> transitions) {
        this.initial = initial;
        transitions.forEach(t -> this.transitions.put(t.action(), t));
    }

    public RequestStatus initial() {
        return initial;
    }

    public Optional<Transition> transition(RequestAction action) {
        return Optional.ofNullable(transitions.get(action));
    }

    /** The actions that lead out of this state, whoever may take them. */
    public List<RequestAction> actionsFrom(RequestStatus status) {
        return transitions.values().stream().filter(t -> t.from().contains(status)).map(Transition::action).toList();
    }

    /** The actions these roles may take from this state. */
    public List<RequestAction> allowedFor(RequestStatus status, Set<Role> roles, boolean avisDelegation) {
        return transitions.values().stream()
                .filter(t -> t.from().contains(status))
                .filter(t -> mayTake(t, roles, avisDelegation))
                .map(Transition::action)
                .toList();
    }

    /** The state reached, or why not. */
    public Outcome apply(RequestStatus current, RequestAction action, Set<Role> roles, boolean avisDelegation) {
        Transition transition = transitions.get(action);
        if (transition == null || !transition.from().contains(current)) {
            return new Outcome(null, new WrongState(current, actionsFrom(current)));
        }
        if (!mayTake(transition, roles, avisDelegation)) {
            return new Outcome(null, new WrongRole(action));
        }
        return new Outcome(transition.to(), null);
    }

    /** What the département itself may do through the partner API: record its decision on legal aid. */
    private static final Set<RequestAction> DEPARTEMENT_ACTIONS = EnumSet.of(ENREGISTRER_DECISION);

    /** The state reached when the département takes this action, or why not (state as for agents). */
    public Outcome applyForDepartement(RequestStatus current, RequestAction action) {
        Transition transition = transitions.get(action);
        if (transition == null || !transition.from().contains(current)) {
            return new Outcome(null, new WrongState(current, actionsFrom(current)));
        }
        if (!DEPARTEMENT_ACTIONS.contains(action)) {
            return new Outcome(null, new WrongRole(action));
        }
        return new Outcome(transition.to(), null);
    }

    public record Outcome(RequestStatus next, Refusal refusal) {
        public boolean allowed() {
            return refusal == null;
        }
    }

    private static boolean mayTake(Transition t, Set<Role> roles, boolean avisDelegation) {
        if (t.avis() && avisDelegation) {
            return true;
        }
        return roles.stream().anyMatch(t.roles()::contains);
    }

    /** Every state a request of this workflow can be in. */
    public Set<RequestStatus> states() {
        Set<RequestStatus> states = EnumSet.of(initial);
        transitions.values().forEach(t -> {
            states.addAll(t.from());
            states.add(t.to());
        });
        return states;
    }
}
