package dev.swfrelay.emulator.engine.clock;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * A timeout or timer registered with a {@link VirtualClock}: fires once at {@link #at()}
 * unless cancelled first. The action receives the deadline's instant, so the events it
 * records carry the time the deadline fell due, not the time the clock was moved.
 */
public final class Deadline {

    private final Instant at;
    private final long sequence;
    private final Consumer<Instant> action;
    private final AtomicBoolean done = new AtomicBoolean();
    private final VirtualClock clock;
    private final Object owner;

    Deadline(VirtualClock clock, Object owner, Instant at, long sequence, Consumer<Instant> action) {
        this.clock = clock;
        this.owner = owner;
        this.at = at;
        this.sequence = sequence;
        this.action = action;
    }

    public Instant at() {
        return at;
    }

    Object owner() {
        return owner;
    }

    long sequence() {
        return sequence;
    }

    /** Withdraws the deadline; returns false when it already fired or was cancelled. */
    public boolean cancel() {
        if (!done.compareAndSet(false, true)) {
            return false;
        }
        clock.withdraw(this);
        return true;
    }

    /** Cancels {@code deadline} when there is one (a NONE timeout arms none). */
    public static void cancelIfArmed(Deadline deadline) {
        if (deadline != null) {
            deadline.cancel();
        }
    }

    /** Runs the action unless cancelled or already run. */
    void fire() {
        if (done.compareAndSet(false, true)) {
            action.accept(at);
        }
    }
}
