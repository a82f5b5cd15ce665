package dev.swfrelay.emulator.engine.timer.state;

import dev.swfrelay.emulator.engine.lifecycle.Lifecycle;
import dev.swfrelay.emulator.engine.lifecycle.Transitions;
import dev.swfrelay.emulator.engine.clock.Deadline;

/**
 * One timer as a state machine. Moved by TimerStarted (created), TimerFired and TimerCanceled;
 * a run's close cancels it too. Its deadline is armed by whoever runs timers live.
 */
public final class TimerState {

    /** Where the timer is in its life. */
    public enum Phase {
        /** Waiting for its deadline. */
        STARTED,
        /** Its deadline passed: TimerFired is recorded. */
        FIRED,
        /** Canceled by a decision, or its run closed. */
        CANCELED
    }

    private static final Transitions<Phase> MOVES = Transitions.of("timer", Phase.class)
            .allow(Phase.STARTED, Phase.FIRED, Phase.CANCELED);

    private final String timerId;
    private final long startedEventId;
    private final Lifecycle<Phase> lifecycle = new Lifecycle<>(MOVES, Phase.STARTED);
    private Deadline deadline;

    /** TimerStarted, recorded as event {@code startedEventId}. */
    public TimerState(String timerId, long startedEventId) {
        this.timerId = timerId;
        this.startedEventId = startedEventId;
    }

    public String timerId() {
        return timerId;
    }

    public long startedEventId() {
        return startedEventId;
    }

    public Phase phase() {
        return lifecycle.phase();
    }

    /** Its deadline is armed (not an event: armed again after a restart). */
    public void armed(Deadline at) {
        deadline = at;
    }

    /** TimerFired. */
    public void fired() {
        lifecycle.moveTo(Phase.FIRED);
        deadline = null;
    }

    /** TimerCanceled, or its run closed. */
    public void canceled() {
        lifecycle.moveTo(Phase.CANCELED);
        Deadline.cancelIfArmed(deadline);
        deadline = null;
    }
}
