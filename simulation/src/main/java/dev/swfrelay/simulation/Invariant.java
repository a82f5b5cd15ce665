package dev.swfrelay.simulation;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A property every run's final history must have. The built-in ones are always checked
 * (see {@link SwfSimulation}); these are the user's own.
 *
 * @param check what was wrong, or empty when the property holds
 */
public record Invariant(String name, Function<RunHistory, Optional<String>> check) {

    public Invariant {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(check, "check");
    }

    /** An invariant that holds when {@code holds} is true of the run's history. */
    public static Invariant of(String name, Predicate<RunHistory> holds) {
        Objects.requireNonNull(holds, "holds");
        return new Invariant(name, run -> holds.test(run) ? Optional.empty() : Optional.of("does not hold"));
    }
}
