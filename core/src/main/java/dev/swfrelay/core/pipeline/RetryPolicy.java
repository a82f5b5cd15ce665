package dev.swfrelay.core.pipeline;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link Step} is retried: at most {@code maxAttempts} attempts in all; after the
 * n-th failed attempt the pipeline waits {@code initialBackOff * backOffCoefficient^(n-1)},
 * at most {@code maxBackOff}, rounded up to whole seconds (SWF's timers count seconds),
 * with a {@code StartTimer}, then schedules the next attempt. A zero back-off retries at once.
 */
public record RetryPolicy(int maxAttempts, Duration initialBackOff, double backOffCoefficient, Duration maxBackOff) {

    private static final RetryPolicy NO_RETRIES = new RetryPolicy(1, Duration.ZERO, 1.0, Duration.ZERO);

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("RetryPolicy.maxAttempts must be at least 1, was " + maxAttempts);
        }
        requireNotNegative(initialBackOff, "initialBackOff");
        requireNotNegative(maxBackOff, "maxBackOff");
        if (!(backOffCoefficient >= 1.0) || Double.isInfinite(backOffCoefficient)) {
            throw new IllegalArgumentException("RetryPolicy.backOffCoefficient must be a finite number of at least 1, was "
                    + backOffCoefficient);
        }
        if (maxBackOff.compareTo(initialBackOff) < 0) {
            throw new IllegalArgumentException("RetryPolicy.maxBackOff " + maxBackOff
                    + " must not be shorter than initialBackOff " + initialBackOff);
        }
    }

    /** One attempt: a failure fails the execution. The default of a {@link Step}. */
    public static RetryPolicy noRetries() {
        return NO_RETRIES;
    }

    /** {@code maxAttempts} attempts, back-off from {@code initialBackOff} doubling up to 100 times it. */
    public static RetryPolicy exponential(int maxAttempts, Duration initialBackOff) {
        return new RetryPolicy(maxAttempts, initialBackOff, 2.0, initialBackOff.multipliedBy(100));
    }

    /** Starts from 3 attempts, 10 s initial back-off, coefficient 2, at most 10 minutes. */
    public static Builder builder() {
        return new Builder();
    }

    /** Whether another attempt may follow attempt number {@code attempt} (1-based). */
    public boolean allowsAttemptAfter(int attempt) {
        return attempt < maxAttempts;
    }

    /** The wait after failed attempt number {@code attempt} (1-based), in whole seconds. */
    public Duration backOffAfter(int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt must be at least 1, was " + attempt);
        }
        double seconds = initialBackOff.toNanos() / 1e9 * Math.pow(backOffCoefficient, attempt - 1);
        double capped = Math.min(seconds, maxBackOff.toNanos() / 1e9);
        return Duration.ofSeconds((long) Math.ceil(capped - 1e-9));
    }

    private static void requireNotNegative(Duration d, String field) {
        Objects.requireNonNull(d, "RetryPolicy." + field);
        if (d.isNegative()) {
            throw new IllegalArgumentException("RetryPolicy." + field + " must not be negative, was " + d);
        }
    }

    /** Fluent builder for a {@link RetryPolicy}. */
    public static final class Builder {
        private int maxAttempts = 3;
        private Duration initialBackOff = Duration.ofSeconds(10);
        private double backOffCoefficient = 2.0;
        private Duration maxBackOff = Duration.ofMinutes(10);

        private Builder() {
        }

        public Builder maxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
            return this;
        }

        public Builder initialBackOff(Duration initialBackOff) {
            this.initialBackOff = initialBackOff;
            return this;
        }

        public Builder backOffCoefficient(double backOffCoefficient) {
            this.backOffCoefficient = backOffCoefficient;
            return this;
        }

        public Builder maxBackOff(Duration maxBackOff) {
            this.maxBackOff = maxBackOff;
            return this;
        }

        public RetryPolicy build() {
            return new RetryPolicy(maxAttempts, initialBackOff, backOffCoefficient, maxBackOff);
        }
    }
}
