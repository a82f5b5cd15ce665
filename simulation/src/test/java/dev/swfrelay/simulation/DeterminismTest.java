package dev.swfrelay.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The same seed gives byte-identical histories; different seeds explore different ones. */
class DeterminismTest {

    private final SwfSimulation simulation = SeedDeciderSimulationTest.seedFlow()
            .pipeline(SeedDeciderSimulationTest.pipelineWithRetries(), step -> call -> step.name() + call.input())
            .workload(Workload.runs(3).input(i -> "job-" + i).startEvery(java.time.Duration.ofSeconds(5))
                    .signal("poke", "1", java.time.Duration.ofSeconds(2)).signal("poke", "2", java.time.Duration.ofSeconds(2)))
            .faults(FaultProfile.parse("heavy", """
                    worker-crash 0.2
                    answer-lost 0.2
                    decision-timeout 0.1
                    duplicate-signal 0.3
                    reordered-signal 0.3
                    handler-throws 0.2
                    clock-jump 0.05
                    poller-gap 0.1
                    """))
            .build();

    @Test
    void sameSeedGivesByteIdenticalHistories() {
        for (long seed = 1; seed <= 20; seed++) {
            SeedOutcome first = simulation.rerun(seed);
            SeedOutcome second = simulation.rerun(seed);

            assertThat(json(second)).isEqualTo(json(first));
            assertThat(second.faults()).isEqualTo(first.faults());
            assertThat(second.failures()).isEqualTo(first.failures());
        }
    }

    @Test
    void differentSeedsGiveDifferentHistoriesAndFaults() {
        Set<List<String>> histories = new HashSet<>();
        int faults = 0;
        for (long seed = 1; seed <= 20; seed++) {
            SeedOutcome outcome = simulation.rerun(seed);
            histories.add(json(outcome));
            faults += outcome.faults().size();
        }

        assertThat(histories).hasSizeGreaterThan(10);
        assertThat(faults).isGreaterThan(20);
    }

    @Test
    void aRunOfManySeedsRepeatsEachSeedAsRerunDoes() {
        SimulationResult result = simulation.run(5, 3, outcome -> assertThat(json(outcome)).isEqualTo(json(simulation.rerun(outcome.seed()))));

        assertThat(result.seeds()).isEqualTo(3);
    }

    private static List<String> json(SeedOutcome outcome) {
        return outcome.runs().stream().map(RunHistory::json).toList();
    }
}
