package dev.swfrelay.emulator.engine.run.state;

import dev.swfrelay.core.model.CloseStatus;
import dev.swfrelay.emulator.engine.clock.Deadline;
import java.time.Instant;

/**
 * How a run ends, and what its end leaves to do: its close status and time (set by the six close
 * events, {@link CloseEvents}), its start-to-close deadline (cancelled when it closes), word owed
 * to its parent (a child run closing other than by continuing as new), and until when it is kept
 * once closed (its close plus its domain's retention). Written under the run's lock; the status
 * and the retention are read without it too.
 */
final class RunEnd {

    private volatile CloseStatus status;
    private Instant timestamp;
    private Deadline timeout;
    private boolean parentDue;
    private volatile Instant retainedUntil;

    CloseStatus status() {
        return status;
    }

    Instant timestamp() {
        return timestamp;
    }

    boolean isOpen() {
        return status == null;
    }

    /** The run closed with {@code closedWith} at {@code at}; {@code hasParent} when a parent follows it. */
    void closed(CloseStatus closedWith, Instant at, boolean hasParent) {
        status = closedWith;
        timestamp = at;
        parentDue = hasParent && closedWith != CloseStatus.CONTINUED_AS_NEW;
        Deadline.cancelIfArmed(timeout);
        timeout = null;
    }

    /** Whether the parent is owed word of the close; clears it. */
    boolean takeParentDue() {
        boolean due = parentDue;
        parentDue = false;
        return due;
    }

    /** The run's start-to-close deadline (not an event). */
    void timeoutArmed(Deadline deadline) {
        timeout = deadline;
    }

    /** Whether the run closed and its domain's retention period has passed since. */
    boolean expired(Instant now) {
        Instant until = retainedUntil;
        return until != null && now.isAfter(until);
    }

    Instant retainedUntil() {
        return retainedUntil;
    }

    void retainUntil(Instant until) {
        retainedUntil = until;
    }
}
