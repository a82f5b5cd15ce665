package dev.swfrelay.emulator.engine.lambda.state;

import dev.swfrelay.emulator.engine.lifecycle.Lifecycle;
import dev.swfrelay.emulator.engine.lifecycle.Transitions;
import dev.swfrelay.emulator.engine.clock.Deadline;
import java.util.concurrent.Future;

/**
 * One Lambda task of a run. Moved by LambdaFunctionScheduled (created), LambdaFunctionStarted,
 * then StartLambdaFunctionFailed, LambdaFunctionCompleted, LambdaFunctionFailed or
 * LambdaFunctionTimedOut; its run's close ends it too. The function's invocation and the
 * start-to-close deadline are not events: whoever runs the function sets them.
 */
public final class LambdaState {

    /** Where the Lambda task is in its life. */
    public enum Phase {
        /** LambdaFunctionScheduled is recorded. */
        SCHEDULED,
        /** LambdaFunctionStarted is recorded; the function runs off the run's lock. */
        STARTED,
        /** Completed, failed, timed out, failed to start, or its run closed. */
        CLOSED
    }

    private static final Transitions<Phase> MOVES = Transitions.of("lambda task", Phase.class)
            .allow(Phase.SCHEDULED, Phase.STARTED, Phase.CLOSED)
            .allow(Phase.STARTED, Phase.CLOSED);

    private final String id;
    private final long scheduledEventId;
    private final Lifecycle<Phase> lifecycle = new Lifecycle<>(MOVES, Phase.SCHEDULED);
    private long startedEventId;
    private Deadline startToClose;
    /** The function's run on the executor, once submitted; interrupted when the task times out or its run closes. */
    private volatile Future<?> invocation;

    /** LambdaFunctionScheduled, recorded as event {@code scheduledEventId}. */
    public LambdaState(String id, long scheduledEventId) {
        this.id = id;
        this.scheduledEventId = scheduledEventId;
    }

    public String id() {
        return id;
    }

    public long scheduledEventId() {
        return scheduledEventId;
    }

    public long startedEventId() {
        return startedEventId;
    }

    public Phase phase() {
        return lifecycle.phase();
    }

    public boolean running() {
        return lifecycle.phase() == Phase.STARTED;
    }

    /** LambdaFunctionStarted, recorded as event {@code eventId}. */
    public void started(long eventId) {
        lifecycle.moveTo(Phase.STARTED);
        startedEventId = eventId;
    }

    /** Its start-to-close deadline is armed. */
    public void armed(Deadline deadline) {
        startToClose = deadline;
    }

    /** Its function was handed to the executor. */
    public void invoked(Future<?> running) {
        invocation = running;
    }

    /** It failed to start, completed, failed, timed out, or its run closed. */
    public void closed() {
        lifecycle.moveTo(Phase.CLOSED);
        Deadline.cancelIfArmed(startToClose);
        startToClose = null;
    }

    /** Stops its function, if it is still running on the executor. */
    public void interrupt() {
        Future<?> running = invocation;
        if (running != null) {
            running.cancel(true);
        }
    }
}
