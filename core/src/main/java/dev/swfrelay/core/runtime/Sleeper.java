package dev.swfrelay.core.runtime;

import java.time.Duration;

/**
 * How a runtime waits between failed polls. Real time: this is transport time, not
 * workflow time. Tests pass one that records the waits and returns at once.
 */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;

    /** Waits on the calling thread; an interrupt ends the wait. */
    static Sleeper system() {
        return duration -> Thread.sleep(duration.toMillis());
    }
}
