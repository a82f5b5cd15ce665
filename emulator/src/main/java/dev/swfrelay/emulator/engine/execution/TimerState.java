package dev.swfrelay.emulator.engine.execution;

import dev.swfrelay.emulator.engine.clock.Deadline;

/** One timer as a state machine: started by its TimerStarted event, then fired or canceled once. */
final class TimerState {

    /** Where the timer is in its life. */
    enum Phase {
        /** Waiting for its deadline. */
        STARTED,
        /** Its deadline passed: TimerFired is recorded. */
        FIRED,
        /** Canceled by a decision, or its run closed. */
        CANCELED
    }

    static final Transitions<Phase> MOVES = Transitions.of("timer", Phase.class)
            .allow(Phase.STARTED, Phase.FIRED, Phase.CANCELED);

    final String timerId;
    final long startedEventId;
    Deadline deadline;
    final Lifecycle<Phase> lifecycle = new Lifecycle<>(MOVES, Phase.STARTED);

    TimerState(String timerId, long startedEventId) {
        this.timerId = timerId;
        this.startedEventId = startedEventId;
    }
}
