package fr.entraide.aidrequest.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import fr.entraide.security.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever is attempted, by whoever, a request only moves along the arrows of its workflow. */
class WorkflowPropertiesTest {

    record Step(RequestAction action, Role role) {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        return Combinators.combine(Arbitraries.of(RequestAction.class), Arbitraries.of(Role.class)).as(Step::new)
                .list().ofMinSize(1).ofMaxSize(25);
    }

    @Property
    void randomAttemptsNeverLeaveTheLegalGraph(@ForAll("steps") List<Step> steps) {
        walk(Workflow.LEGAL, steps);
    }

    @Property
    void randomAttemptsNeverLeaveTheFacultativeGraph(@ForAll("steps") List<Step> steps) {
        walk(Workflow.FACULTATIVE, steps);
    }

    @Property
    void onlyThePresidentOrADelegateGivesTheAvis(@ForAll Role role) {
        for (RequestStatus from : List.of(RequestStatus.DEPOSEE, RequestStatus.INCOMPLETE, RequestStatus.COMPLETE)) {
            var outcome = Workflow.LEGAL.apply(from, RequestAction.RENDRE_AVIS, EnumSet.of(role), false);
            assertThat(outcome.allowed()).isEqualTo(role == Role.PRESIDENT);
            assertThat(Workflow.LEGAL.apply(from, RequestAction.RENDRE_AVIS, EnumSet.of(role), true).allowed()).isTrue();
        }
    }

    private static void walk(Workflow workflow, List<Step> steps) {
        RequestStatus status = workflow.initial();
        Set<RequestStatus> states = workflow.states();
        for (Step step : steps) {
            var outcome = workflow.apply(status, step.action(), EnumSet.of(step.role()), false);
            if (outcome.allowed()) {
                var transition = workflow.transition(step.action()).orElseThrow();
                assertThat(transition.from()).contains(status);
                assertThat(transition.roles()).contains(step.role());
                assertThat(outcome.next()).isEqualTo(transition.to());
                status = outcome.next();
            } else if (outcome.refusal() instanceof Workflow.WrongState wrong) {
                assertThat(wrong.current()).isEqualTo(status);
                assertThat(wrong.allowed()).doesNotContain(step.action());
            }
            assertThat(states).contains(status);
            if (!status.isOpen() && status != RequestStatus.VERSEE) {
                assertThat(workflow.actionsFrom(status)).as("no way out of " + status).isEmpty();
            }
        }
    }
}
