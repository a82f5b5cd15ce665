package dev.swfrelay.emulator.engine.run.state;

import dev.swfrelay.emulator.engine.change.ChangeLog;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A run's lock: each hold is one unit of the change log, and the effects on other runs queued
 * while it is held ({@link #later}) run once it is let go, so no thread ever holds two runs'
 * locks.
 */
final class RunLock extends ReentrantLock {

    private final transient ChangeLog changes;
    private transient ArrayList<Runnable> followUps;

    RunLock(ChangeLog changes) {
        this.changes = changes;
    }

    /** Runs {@code body} under the lock, in one unit of the change log, then the effects it queued on other runs. */
    <T> T locked(Supplier<T> body) {
        lock();
        changes.begin();
        List<Runnable> after;
        try {
            return body.get();
        } finally {
            after = followUps;
            followUps = null;
            changes.end();
            unlock();
            if (after != null) {
                after.forEach(Runnable::run);
            }
        }
    }

    /** Queues an effect on another run, to run once the lock is let go. */
    void later(Runnable effect) {
        if (followUps == null) {
            followUps = new ArrayList<>(2);
        }
        followUps.add(effect);
    }
}
