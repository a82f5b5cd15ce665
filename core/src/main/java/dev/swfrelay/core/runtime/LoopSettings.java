package dev.swfrelay.core.runtime;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link PollingLoop} runs: its name (used for thread names and logs), how many
 * threads poll, how many tasks may be handled at once, the back-off after a failed poll,
 * how long {@code close()} waits for in-flight tasks, and how it waits between polls.
 */
public record LoopSettings(
        String name,
        int pollers,
        int handlers,
        Duration initialBackOff,
        Duration maxBackOff,
        Duration closeTimeout,
        Sleeper sleeper) {

    public LoopSettings {
        Objects.requireNonNull(name, "name");
        if (pollers < 1) {
            throw new IllegalArgumentException("pollers must be at least 1, was " + pollers);
        }
        if (handlers < 1) {
            throw new IllegalArgumentException("handlers must be at least 1, was " + handlers);
        }
        requirePositive(initialBackOff, "initialBackOff");
        requirePositive(maxBackOff, "maxBackOff");
        if (maxBackOff.compareTo(initialBackOff) < 0) {
            throw new IllegalArgumentException("maxBackOff " + maxBackOff
                    + " must not be shorter than initialBackOff " + initialBackOff);
        }
        Objects.requireNonNull(closeTimeout, "closeTimeout");
        if (closeTimeout.isNegative()) {
            throw new IllegalArgumentException("closeTimeout must not be negative, was " + closeTimeout);
        }
        Objects.requireNonNull(sleeper, "sleeper");
    }

    /** One poller, one handler, back-off from 100 ms to 30 s, close waits up to 30 s. */
    public static LoopSettings defaults(String name) {
        return new LoopSettings(name, 1, 1, Duration.ofMillis(100), Duration.ofSeconds(30),
                Duration.ofSeconds(30), Sleeper.system());
    }

    public LoopSettings withName(String n) {
        return new LoopSettings(n, pollers, handlers, initialBackOff, maxBackOff, closeTimeout, sleeper);
    }

    public LoopSettings withPollers(int n) {
        return new LoopSettings(name, n, handlers, initialBackOff, maxBackOff, closeTimeout, sleeper);
    }

    public LoopSettings withHandlers(int n) {
        return new LoopSettings(name, pollers, n, initialBackOff, maxBackOff, closeTimeout, sleeper);
    }

    public LoopSettings withBackOff(Duration initial, Duration max) {
        return new LoopSettings(name, pollers, handlers, initial, max, closeTimeout, sleeper);
    }

    public LoopSettings withCloseTimeout(Duration timeout) {
        return new LoopSettings(name, pollers, handlers, initialBackOff, maxBackOff, timeout, sleeper);
    }

    public LoopSettings withSleeper(Sleeper s) {
        return new LoopSettings(name, pollers, handlers, initialBackOff, maxBackOff, closeTimeout, s);
    }

    private static void requirePositive(Duration d, String field) {
        Objects.requireNonNull(d, field);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(field + " must be positive, was " + d);
        }
    }
}
