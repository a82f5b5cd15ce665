package dev.swfrelay.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.swfrelay.core.model.EventType;
import dev.swfrelay.core.model.event.WorkflowExecutionCompleted;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The user's own predicates over final histories, checked beside the built-in invariants. */
class UserInvariantsTest {

    private static final Invariant RESULT_IS_B_OF_A = new Invariant("result-is-b-of-a", run -> {
        var last = run.events().get(run.events().size() - 1);
        if (last.eventType() != EventType.WorkflowExecutionCompleted) {
            return Optional.of("closed as " + last.eventType());
        }
        String result = last.attributes(WorkflowExecutionCompleted.class).result();
        return result.equals("b(a(job-0))") ? Optional.empty() : Optional.of("result was " + result);
    });

    @Test
    void aPredicateThatHoldsPassesEverySeed() {
        SimulationResult result = SeedDeciderSimulationTest.seedFlow()
                .pipeline(SeedDeciderSimulationTest.pipelineWithRetries(), step -> call -> {
                    call.idempotencyKey(call.workflowId() + "/" + step.name());
                    return step.name().toLowerCase() + "(" + call.input() + ")";
                })
                .invariant(RESULT_IS_B_OF_A).requireCompletion().seeds(300).build().run();

        assertThat(result.firstFailure()).map(FailureReport::describe).isEmpty();
    }

    @Test
    void aPredicateThatFailsIsReportedByNameWithItsMessage() {
        SimulationResult result = SeedDeciderSimulationTest.seedFlow()
                .pipeline(SeedDeciderSimulationTest.pipelineWithRetries(), step -> call -> "same")
                .faults(FaultProfile.none())
                .invariant(RESULT_IS_B_OF_A).invariant(Invariant.of("has-events", run -> !run.events().isEmpty()))
                .seeds(5).build().run();

        assertThat(result.failedSeeds()).isEqualTo(5);
        assertThat(result.failuresByInvariant()).containsExactly(java.util.Map.entry("result-is-b-of-a", 5));
        assertThat(result.firstFailure().orElseThrow().original().failures())
                .containsExactly(new InvariantFailure("result-is-b-of-a", "run-0", "result was same"));
        assertThat(result.firstFailure().orElseThrow().shrunk().faults()).isEmpty();
    }
}
