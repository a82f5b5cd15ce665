package dev.swfrelay.emulator.engine.execution;

import dev.swfrelay.emulator.engine.clock.Deadline;

/**
 * An execution's decision task as one state machine: at most one task is scheduled or started
 * at a time. Events that arrive while a task is started are remembered in the phase and lead to
 * exactly one new task once it completes; those the decider has not seen make a close decision
 * fail ({@link #unhandled}). The data belong to the phase: {@code scheduledEventId},
 * {@code queued} and {@code timeout} (schedule-to-start) while scheduled; {@code startedEventId},
 * {@code token} and {@code timeout} (start-to-close) while started.
 */
final class DecisionSlot {

    /** Where the execution's decision task is in its life. */
    enum Phase {
        /** No task scheduled or started. */
        IDLE,
        /** A task waits on its task list. */
        SCHEDULED,
        /** A decider holds the task; nothing new has happened since. */
        STARTED,
        /** A decider holds the task and events arrived that it has not seen. */
        STARTED_EVENTS_UNSEEN,
        /** The decider answered; its decisions are being applied. */
        COMPLETING,
        /** Applying the decisions recorded events that need a new task. */
        COMPLETING_EVENTS_NEW,
        /** The decider answered without seeing events that arrived while it held the task. */
        COMPLETING_EVENTS_UNSEEN
    }

    static final Transitions<Phase> MOVES = Transitions.of("decision task", Phase.class)
            .allow(Phase.IDLE, Phase.SCHEDULED)
            .allow(Phase.SCHEDULED, Phase.STARTED, Phase.IDLE)
            .allow(Phase.STARTED, Phase.STARTED_EVENTS_UNSEEN, Phase.COMPLETING, Phase.IDLE)
            .allow(Phase.STARTED_EVENTS_UNSEEN, Phase.STARTED_EVENTS_UNSEEN, Phase.COMPLETING_EVENTS_UNSEEN, Phase.IDLE)
            .allow(Phase.COMPLETING, Phase.COMPLETING_EVENTS_NEW, Phase.IDLE)
            .allow(Phase.COMPLETING_EVENTS_NEW, Phase.COMPLETING_EVENTS_NEW, Phase.IDLE)
            .allow(Phase.COMPLETING_EVENTS_UNSEEN, Phase.COMPLETING_EVENTS_UNSEEN, Phase.IDLE);

    final Lifecycle<Phase> lifecycle = new Lifecycle<>(MOVES, Phase.IDLE);

    long scheduledEventId;
    QueuedDecision queued;
    long startedEventId;
    String token;
    Deadline timeout;
    long previousStartedEventId;

    boolean started() {
        return lifecycle.phase() == Phase.STARTED || lifecycle.phase() == Phase.STARTED_EVENTS_UNSEEN;
    }

    boolean completing() {
        return lifecycle.phase() == Phase.COMPLETING || lifecycle.phase() == Phase.COMPLETING_EVENTS_NEW
                || lifecycle.phase() == Phase.COMPLETING_EVENTS_UNSEEN;
    }

    /** Whether events arrived that the decider completing the task did not see. */
    boolean unhandled() {
        return lifecycle.phase() == Phase.COMPLETING_EVENTS_UNSEEN;
    }

    int openCount() {
        return lifecycle.phase() == Phase.IDLE ? 0 : 1;
    }
}
