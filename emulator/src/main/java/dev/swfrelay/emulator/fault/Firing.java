package dev.swfrelay.emulator.fault;

import java.util.SplittableRandom;

/**
 * When a rule fires among the calls it matches: on the {@code nth} match only, or on each match
 * with {@code probability} (drawn from the rule's seeded random), at most {@code times} times
 * ({@code 0}: no limit).
 */
public record Firing(int nth, double probability, int times) {

    /** Every match. */
    public static final Firing ALWAYS = new Firing(0, 1.0, 0);

    public Firing {
        if (nth < 0) {
            throw new IllegalArgumentException("nth must be at least 1, was " + nth);
        }
        if (!(probability > 0.0 && probability <= 1.0)) {
            throw new IllegalArgumentException("probability must be more than 0 and at most 1, was " + probability);
        }
        if (times < 0) {
            throw new IllegalArgumentException("times must be at least 1, was " + times);
        }
        if (nth > 0 && probability < 1.0) {
            throw new IllegalArgumentException("give nth or probability, not both");
        }
    }

    /** Fires on the {@code n}-th match, once. */
    public static Firing onNth(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("nth must be at least 1, was " + n);
        }
        return new Firing(n, 1.0, 1);
    }

    /** Fires on each match with probability {@code p}. */
    public static Firing withProbability(double p) {
        return new Firing(0, p, 0);
    }

    public Firing times(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("times must be at least 1, was " + limit);
        }
        return new Firing(nth, probability, limit);
    }

    /** Whether the {@code match}-th match fires, {@code fired} fires so far; draws from {@code random} for a probability. */
    boolean fires(long match, long fired, SplittableRandom random) {
        if (times > 0 && fired >= times) {
            return false;
        }
        if (nth > 0) {
            return match == nth;
        }
        return probability >= 1.0 || random.nextDouble() < probability;
    }
}
