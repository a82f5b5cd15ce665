package dev.swfrelay.emulator.engine.execution;

import dev.swfrelay.emulator.engine.clock.Deadline;
import java.util.concurrent.Future;

/** One Lambda task of a run as a state machine: scheduled, started (its function running), closed once. */
final class LambdaState {

    /** Where the Lambda task is in its life. */
    enum Phase {
        /** LambdaFunctionScheduled is recorded. */
        SCHEDULED,
        /** LambdaFunctionStarted is recorded; the function runs off the run's lock. */
        STARTED,
        /** Completed, failed, timed out, failed to start, or its run closed. */
        CLOSED
    }

    static final Transitions<Phase> MOVES = Transitions.of("lambda task", Phase.class)
            .allow(Phase.SCHEDULED, Phase.STARTED, Phase.CLOSED)
            .allow(Phase.STARTED, Phase.CLOSED);

    final String id;
    final long scheduledEventId;
    long startedEventId;
    Deadline startToClose;
    /** The function's run on the executor, once submitted; interrupted when the task times out or its run closes. */
    volatile Future<?> invocation;
    final Lifecycle<Phase> lifecycle = new Lifecycle<>(MOVES, Phase.SCHEDULED);

    LambdaState(String id, long scheduledEventId) {
        this.id = id;
        this.scheduledEventId = scheduledEventId;
    }
}
