package dev.swfrelay.simulation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a simulation found over its seeds: how many seeds and runs, the faults fired by kind,
 * the failures by invariant, the failing seeds (the first hundred) and the first failure, shrunk.
 */
public record SimulationResult(long firstSeed, int seeds, long runs, Map<FaultKind, Integer> faultsByKind,
        Map<String, Integer> failuresByInvariant, List<Long> failingSeeds, int failedSeeds,
        Optional<FailureReport> firstFailure) {

    public SimulationResult {
        faultsByKind = Collections.unmodifiableMap(new EnumMap<>(faultsByKind.isEmpty()
                ? new EnumMap<>(FaultKind.class) : faultsByKind));
        failuresByInvariant = Collections.unmodifiableMap(new TreeMap<>(failuresByInvariant));
        failingSeeds = List.copyOf(failingSeeds);
    }

    public boolean passed() {
        return failedSeeds == 0;
    }
}
