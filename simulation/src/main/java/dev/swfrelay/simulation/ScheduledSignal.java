package dev.swfrelay.simulation;

import java.time.Duration;
import java.util.Objects;

/** A signal the workload sends to each run, {@code after} its start (on the simulated clock). */
public record ScheduledSignal(String name, String input, Duration after) {

    public ScheduledSignal {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(after, "after");
        if (after.isNegative()) {
            throw new IllegalArgumentException("a signal's delay must not be negative, was " + after);
        }
    }
}
