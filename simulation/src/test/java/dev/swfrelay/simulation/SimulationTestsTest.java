package dev.swfrelay.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.swfrelay.simulation.examples.StackOverflowDecider;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class SimulationTestsTest {

    @TestFactory
    Stream<DynamicTest> pipelineWithRetriesAsDynamicTests() {
        SwfSimulation simulation = SeedDeciderSimulationTest.seedFlow()
                .pipeline(SeedDeciderSimulationTest.pipelineWithRetries(), step -> call -> {
                    call.idempotencyKey(call.workflowId() + "/" + step.name());
                    return step.name();
                }).build();
        return SimulationTests.of(simulation, 1, 1_000, 500);
    }

    @org.junit.jupiter.api.Test
    void aFailingBatchFailsWithTheReportSeedAndHistory() {
        SwfSimulation simulation = SeedDeciderSimulationTest.seedFlow().decider(new StackOverflowDecider())
                .faults(FaultProfile.only(FaultKind.WORKER_CRASH, 0.5)).build();
        List<DynamicTest> tests = SimulationTests.of(simulation, 1, 50, 50).toList();

        assertThat(tests).hasSize(1);
        assertThatThrownBy(() -> tests.get(0).getExecutable().execute())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("seeds fail; first:")
                .hasMessageContaining("shrunk to 1 fault(s)")
                .hasMessageContaining("\"eventType\":\"WorkflowExecutionTimedOut\"");
    }
}
