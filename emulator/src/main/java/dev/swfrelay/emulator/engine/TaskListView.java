package dev.swfrelay.emulator.engine;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What one task list looks like right now, for a person asking "why is my execution stuck?":
 * the tasks waiting on it, the polls parked on it (who, since when) and the last poll of each
 * identity that ever polled it. Poll times are real time, as long-poll deadlines are.
 *
 * @param kind {@code "decision"} or {@code "activity"}
 */
public record TaskListView(String name, String kind, int pending, List<Poller> parked, List<Poller> lastPolls) {

    public TaskListView {
        Objects.requireNonNull(name, "name");
        if (!kind.equals("decision") && !kind.equals("activity")) {
            throw new IllegalArgumentException("kind must be decision or activity, was " + kind);
        }
        if (pending < 0) {
            throw new IllegalArgumentException("pending must not be negative, was " + pending);
        }
        parked = List.copyOf(parked);
        lastPolls = List.copyOf(lastPolls);
    }

    /** Tasks wait here and nobody is polling: the usual reason an execution seems stuck. */
    public boolean unattended() {
        return pending > 0 && parked.isEmpty();
    }

    /** A poller by its identity ({@code ""} when it gave none) and the instant of its poll. */
    public record Poller(String identity, Instant at) {
        public Poller {
            Objects.requireNonNull(identity, "identity");
            Objects.requireNonNull(at, "at");
        }
    }
}
