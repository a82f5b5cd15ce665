package dev.swfrelay.emulator.engine.execution;

import dev.swfrelay.emulator.engine.clock.Deadline;

/**
 * An execution's decision task: at most one scheduled and one started. Events that arrive
 * while one is started are remembered ({@link #rescheduleAfter}) and lead to exactly one new
 * task once it completes; {@link #unhandled} marks those a close decision has not seen.
 */
final class DecisionSlot {

    long scheduledEventId;
    QueuedDecision queued;
    Deadline scheduleToStart;

    long startedEventId;
    long startedScheduledEventId;
    String token;
    Deadline startToClose;

    boolean processing;
    boolean rescheduleAfter;
    boolean unhandled;
    long previousStartedEventId;

    boolean scheduled() {
        return scheduledEventId != 0;
    }

    boolean started() {
        return startedEventId != 0;
    }

    int openCount() {
        return (scheduled() ? 1 : 0) + (started() ? 1 : 0);
    }
}
