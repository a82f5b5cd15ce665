package dev.swfrelay.simulation;

import java.time.Instant;
import java.util.Objects;

/**
 * One fault the harness injected: its kind, where (which task list, activity, run), which
 * chance of that kind at that place it was (0 for the first), and when on the simulated clock.
 * Kind, place and chance identify it in a schedule, so that it stays the same fault when others
 * are taken away.
 */
public record InjectedFault(FaultKind kind, String where, int opportunity, Instant at) {

    public InjectedFault {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(where, "where");
        if (opportunity < 0) {
            throw new IllegalArgumentException("opportunity must not be negative, was " + opportunity);
        }
    }

    /** The fault's identity in a schedule: kind and opportunity (what a shrunk schedule keeps). */
    public String key() {
        return key(kind, where, opportunity);
    }

    static String key(FaultKind kind, String where, int opportunity) {
        return kind.label() + "@" + where + "#" + opportunity;
    }

    @Override
    public String toString() {
        return key() + " at " + at;
    }
}
