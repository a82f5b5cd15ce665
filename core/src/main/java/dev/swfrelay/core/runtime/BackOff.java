package dev.swfrelay.core.runtime;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential back-off with jitter for failed polls: the n-th consecutive failure waits
 * between half and all of {@code min(max, initial * 2^(n-1))}, so many pollers that failed
 * together do not retry together.
 */
final class BackOff {

    private final Duration initial;
    private final Duration max;
    private int failures;

    BackOff(Duration initial, Duration max) {
        this.initial = initial;
        this.max = max;
    }

    Duration next() {
        failures++;
        long ceiling = ceiling(failures);
        long half = ceiling / 2;
        return Duration.ofNanos(half + ThreadLocalRandom.current().nextLong(ceiling - half + 1));
    }

    void reset() {
        failures = 0;
    }

    private long ceiling(int attempt) {
        long nanos = initial.toNanos();
        long cap = max.toNanos();
        for (int i = 1; i < attempt && nanos < cap; i++) {
            nanos = nanos > cap / 2 ? cap : nanos * 2;
        }
        return Math.min(nanos, cap);
    }
}
