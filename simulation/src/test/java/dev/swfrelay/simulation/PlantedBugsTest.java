package dev.swfrelay.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.swfrelay.core.decider.Decider;
import dev.swfrelay.simulation.examples.PlantedBugDeciders;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A decider with a planted bug of each kind is caught, its schedule shrunk; the correct one passes. */
class PlantedBugsTest {

    private static SwfSimulation.Builder oneActivity(Decider decider) {
        return SwfSimulation.builder().decider(decider).activity("A", "a_tasks", call -> "done");
    }

    private static Workload signalledTwice() {
        return Workload.single().signal("go", null, Duration.ofSeconds(10));
    }

    /**
     * What can go wrong around signals, without the faults that rerun a handler legitimately (a
     * crash or a clock jump times A out and a correct decider runs it again: its own finding,
     * side-effect-once, answered by an idempotency key that would hide this bug as well).
     */
    private static final FaultProfile SIGNAL_FAULTS = FaultProfile.parse("signals", """
            duplicate-signal 0.2
            reordered-signal 0.2
            poller-gap 0.05
            decision-timeout 0.05
            answer-lost 0.05
            """);

    @Test
    void ignoringTimeoutsIsCaughtShrunkToOneCrash() {
        SimulationResult result = oneActivity(PlantedBugDeciders.ignoresTimeouts()).seeds(300).build().run();

        FailureReport report = result.firstFailure().orElseThrow();
        assertThat(report.original().failures()).extracting(InvariantFailure::invariant)
                .contains(BuiltInInvariants.CLOSES_IN_TIME);
        assertThat(report.shrunk().faults()).hasSize(1);
        assertThat(report.shrunk().faults().get(0).kind()).isIn(FaultKind.WORKER_CRASH, FaultKind.CLOCK_JUMP);
    }

    @Test
    void schedulingOnADuplicateSignalIsCaughtShrunkToThatDuplicate() {
        SwfSimulation simulation = oneActivity(PlantedBugDeciders.schedulesOnEverySignal())
                .workload(signalledTwice()).faults(SIGNAL_FAULTS).seeds(300).build();
        SimulationResult result = simulation.run();

        assertThat(result.firstFailure().orElseThrow().original().failures()).extracting(InvariantFailure::invariant)
                .contains(BuiltInInvariants.SIDE_EFFECT_ONCE);
        assertThat(result.firstFailure().orElseThrow().shrunk().faults()).extracting(InjectedFault::kind)
                .contains(FaultKind.DUPLICATE_SIGNAL);
        FailureReport oneFault = result.failingSeeds().stream().map(seed -> simulation.shrink(simulation.rerun(seed)))
                .filter(r -> r.shrunk().faults().size() == 1).findFirst().orElseThrow();
        assertThat(oneFault.shrunk().faults()).extracting(InjectedFault::kind).containsExactly(FaultKind.DUPLICATE_SIGNAL);
    }

    @Test
    void theCorrectSignalDeciderPassesTenThousandSeeds() {
        SimulationResult result = oneActivity(PlantedBugDeciders.schedulesOnFirstSignal())
                .workload(signalledTwice()).faults(SIGNAL_FAULTS).seeds(10_000).build().run();

        assertThat(result.firstFailure()).map(FailureReport::describe).isEmpty();
        assertThat(result.faultsByKind().get(FaultKind.DUPLICATE_SIGNAL)).isPositive();
    }

    @Test
    void nonDeterministicIdsAreCaughtByReplayWithNoFaultNeeded() {
        SimulationResult result = oneActivity(PlantedBugDeciders.nonDeterministicIds()).seeds(20).build().run();

        FailureReport report = result.firstFailure().orElseThrow();
        assertThat(report.original().failures()).extracting(InvariantFailure::invariant)
                .contains(BuiltInInvariants.REPLAYS);
        assertThat(report.shrunk().faults()).isEmpty();
        assertThat(report.shrunk().failures().get(0).message()).contains("replay diverges");
    }
}
