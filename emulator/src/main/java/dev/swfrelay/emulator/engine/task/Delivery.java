package dev.swfrelay.emulator.engine.task;

/** What happened when a queued task was offered to a poll. */
public enum Delivery {
    /** The poll took the task, which is now started. */
    DELIVERED,
    /** The task is no longer open (timed out, cancelled, its execution closed): drop it. */
    STALE,
    /** The poll was gone (cancelled or answered); the task is still scheduled. */
    POLL_GONE
}
