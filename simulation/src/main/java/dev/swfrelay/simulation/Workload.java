package dev.swfrelay.simulation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * What one seed runs: {@code runs} executions, run {@code i} started at {@code i × startEvery}
 * with input {@code input.apply(i)}, each sent the {@code signals} at their delays.
 *
 * @param executionTimeout each run's start-to-close timeout (the invariant's deadline)
 * @param decisionTaskTimeout each decision task's start-to-close timeout
 */
public record Workload(int runs, IntFunction<String> input, Duration startEvery, List<ScheduledSignal> signals,
        Duration executionTimeout, Duration decisionTaskTimeout) {

    public Workload {
        if (runs < 1) {
            throw new IllegalArgumentException("a workload needs at least one run, was " + runs);
        }
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(startEvery, "startEvery");
        signals = List.copyOf(signals);
        Objects.requireNonNull(executionTimeout, "executionTimeout");
        Objects.requireNonNull(decisionTaskTimeout, "decisionTaskTimeout");
        if (startEvery.isNegative() || executionTimeout.getSeconds() < 1 || decisionTaskTimeout.getSeconds() < 1) {
            throw new IllegalArgumentException("startEvery must not be negative and the timeouts must be at least 1 s");
        }
    }

    /** One run with no input, no signals, a one-hour execution timeout and 30 s decision tasks. */
    public static Workload single() {
        return runs(1);
    }

    public static Workload runs(int runs) {
        return new Workload(runs, i -> null, Duration.ZERO, List.of(), Duration.ofHours(1), Duration.ofSeconds(30));
    }

    public Workload input(IntFunction<String> inputOfRun) {
        return new Workload(runs, inputOfRun, startEvery, signals, executionTimeout, decisionTaskTimeout);
    }

    public Workload startEvery(Duration spacing) {
        return new Workload(runs, input, spacing, signals, executionTimeout, decisionTaskTimeout);
    }

    public Workload signal(String name, String signalInput, Duration after) {
        List<ScheduledSignal> more = new ArrayList<>(signals);
        more.add(new ScheduledSignal(name, signalInput, after));
        return new Workload(runs, input, startEvery, more, executionTimeout, decisionTaskTimeout);
    }

    public Workload executionTimeout(Duration timeout) {
        return new Workload(runs, input, startEvery, signals, timeout, decisionTaskTimeout);
    }

    public Workload decisionTaskTimeout(Duration timeout) {
        return new Workload(runs, input, startEvery, signals, executionTimeout, timeout);
    }
}
