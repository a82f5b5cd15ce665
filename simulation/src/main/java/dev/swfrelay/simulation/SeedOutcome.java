package dev.swfrelay.simulation;

import java.util.List;
import java.util.Optional;

/** What one seed did: each run's final history, the faults injected, and the invariants that failed. */
public record SeedOutcome(long seed, List<RunHistory> runs, List<InjectedFault> faults, List<InvariantFailure> failures) {

    public SeedOutcome {
        runs = List.copyOf(runs);
        faults = List.copyOf(faults);
        failures = List.copyOf(failures);
    }

    public boolean failed() {
        return !failures.isEmpty();
    }

    /** The history of the run the first failure is about. */
    public Optional<RunHistory> failingRun() {
        if (failures.isEmpty()) {
            return Optional.empty();
        }
        String id = failures.get(0).workflowId();
        return runs.stream().filter(r -> r.workflowId().equals(id)).findFirst();
    }

    /** The keys of the faults injected, in order ({@link InjectedFault#key()}). */
    public List<String> faultKeys() {
        return faults.stream().map(InjectedFault::key).toList();
    }
}
