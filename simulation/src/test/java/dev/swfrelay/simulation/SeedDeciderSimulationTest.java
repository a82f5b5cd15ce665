package dev.swfrelay.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.swfrelay.core.pipeline.Pipeline;
import dev.swfrelay.core.pipeline.RetryPolicy;
import dev.swfrelay.core.pipeline.Step;
import dev.swfrelay.simulation.examples.StackOverflowDecider;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The seed's story: the Stack Overflow decider hangs when worker A dies; the Pipeline with retries does not. */
class SeedDeciderSimulationTest {

    private static final int SEEDS = 10_000;

    static SwfSimulation.Builder seedFlow() {
        return SwfSimulation.builder()
                .activity("A", "a_tasks", call -> "a(" + call.input() + ")")
                .activity("B", "b_tasks", call -> "b(" + call.input() + ")")
                .workload(Workload.single().input(i -> "job-" + i));
    }

    static Pipeline pipelineWithRetries() {
        RetryPolicy retries = RetryPolicy.exponential(5, Duration.ofSeconds(10));
        return Pipeline.of(
                Step.builder("A").activityType("A", "1.0").taskList("a_tasks").retryPolicy(retries).build(),
                Step.builder("B").activityType("B", "1.0").taskList("b_tasks").retryPolicy(retries).build());
    }

    @Test
    void stackOverflowDeciderHangsWhenWorkerACrashesShrunkToThatOneCrash() {
        SwfSimulation simulation = seedFlow().decider(new StackOverflowDecider())
                .faults(FaultProfile.only(FaultKind.WORKER_CRASH, 0.2)).seeds(200).build();

        SimulationResult result = simulation.run();

        assertThat(result.passed()).isFalse();
        FailureReport report = result.failingSeeds().stream()
                .map(seed -> simulation.shrink(simulation.rerun(seed)))
                .filter(r -> r.shrunk().faults().stream().allMatch(f -> f.where().startsWith("A ")))
                .findFirst().orElseThrow();
        assertThat(report.original().failures()).extracting(InvariantFailure::invariant)
                .contains(BuiltInInvariants.CLOSES_IN_TIME);
        assertThat(report.shrunk().faults()).hasSize(1);
        InjectedFault crash = report.shrunk().faults().get(0);
        assertThat(crash.kind()).isEqualTo(FaultKind.WORKER_CRASH);
        assertThat(crash.where()).isEqualTo("A A of run-0");
        assertThat(simulation.rerun(report.seed(), report.shrunkFaults())).isEqualTo(report.shrunk());
        assertThat(report.historyJson()).contains("\"WorkflowExecutionTimedOut\"").contains("\"ActivityTaskTimedOut\"");
        assertThat(simulation.rerun(report.seed())).isEqualTo(report.original());
    }

    @Test
    void stackOverflowDeciderFailsUnderTheStandardProfileEachFailureShrunkToOneFault() {
        SwfSimulation simulation = seedFlow().decider(new StackOverflowDecider()).seeds(300).build();

        SimulationResult result = simulation.run();

        assertThat(result.failedSeeds()).isPositive();
        assertThat(result.firstFailure().orElseThrow().shrunk().faults()).hasSize(1);
    }

    @Test
    void pipelineWithRetriesPassesTenThousandSeedsOfTheStandardProfile() {
        SwfSimulation simulation = seedFlow()
                .pipeline(pipelineWithRetries(), step -> call -> {
                    call.idempotencyKey(call.workflowId() + "/" + step.name());
                    return step.name().toLowerCase() + "(" + call.input() + ")";
                })
                .seeds(SEEDS).build();

        SimulationResult result = simulation.run();

        assertThat(result.firstFailure()).map(FailureReport::describe).isEmpty();
        assertThat(result.runs()).isEqualTo(SEEDS);
        assertThat(result.faultsByKind().getOrDefault(FaultKind.WORKER_CRASH, 0)).isPositive();
        assertThat(result.faultsByKind().getOrDefault(FaultKind.ANSWER_LOST, 0)).isPositive();
        assertThat(result.faultsByKind().getOrDefault(FaultKind.DECISION_TIMEOUT, 0)).isPositive();
        assertThat(result.faultsByKind().getOrDefault(FaultKind.THROTTLING, 0)).isPositive();
    }

    @Test
    void pipelineWithRetriesPassesTheSeedsThatHangTheStackOverflowDecider() {
        FaultProfile crashes = FaultProfile.only(FaultKind.WORKER_CRASH, 0.2);
        SwfSimulation pipeline = seedFlow().pipeline(pipelineWithRetries(), step -> call -> step.name())
                .faults(crashes).seeds(200).build();

        SimulationResult result = pipeline.run();

        assertThat(result.firstFailure()).map(FailureReport::describe).isEmpty();
        assertThat(result.faultsByKind().get(FaultKind.WORKER_CRASH)).isGreaterThan(20);
    }
}
