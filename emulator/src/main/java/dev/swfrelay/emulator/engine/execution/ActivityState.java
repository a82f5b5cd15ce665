package dev.swfrelay.emulator.engine.execution;

import dev.swfrelay.core.model.ActivityType;
import dev.swfrelay.core.model.TaskList;
import dev.swfrelay.core.model.Timeout;
import dev.swfrelay.emulator.engine.clock.Deadline;

/** One activity task of an execution as a state machine, from scheduled to its close event. */
final class ActivityState {

    /** Where the activity task is in its life. */
    enum Phase {
        /** On its task list, not yet taken by a worker. */
        SCHEDULED,
        /** A worker holds it. */
        STARTED,
        /** A worker holds it and the decider asked to cancel it. */
        CANCEL_REQUESTED,
        /** Answered, timed out, canceled, or its run closed. */
        CLOSED
    }

    static final Transitions<Phase> MOVES = Transitions.of("activity task", Phase.class)
            .allow(Phase.SCHEDULED, Phase.STARTED, Phase.CLOSED)
            .allow(Phase.STARTED, Phase.CANCEL_REQUESTED, Phase.CLOSED)
            .allow(Phase.CANCEL_REQUESTED, Phase.CANCEL_REQUESTED, Phase.CLOSED);

    final Execution execution;
    final String activityId;
    final ActivityType type;
    final long scheduledEventId;
    final TaskList taskList;
    final int priority;
    final String input;
    final Timeout scheduleToStart;
    final Timeout scheduleToClose;
    final Timeout startToClose;
    final Timeout heartbeat;
    final Lifecycle<Phase> lifecycle = new Lifecycle<>(MOVES, Phase.SCHEDULED);
    QueuedActivity queued;
    long startedEventId;
    String token;
    long latestCancelRequestedEventId;
    String heartbeatDetails;
    Deadline scheduleToStartDeadline;
    Deadline scheduleToCloseDeadline;
    Deadline startToCloseDeadline;
    Deadline heartbeatDeadline;

    ActivityState(Execution execution, String activityId, ActivityType type, long scheduledEventId, TaskList taskList,
                  int priority, String input, Timeout scheduleToStart, Timeout scheduleToClose, Timeout startToClose,
                  Timeout heartbeat) {
        this.execution = execution;
        this.activityId = activityId;
        this.type = type;
        this.scheduledEventId = scheduledEventId;
        this.taskList = taskList;
        this.priority = priority;
        this.input = input;
        this.scheduleToStart = scheduleToStart;
        this.scheduleToClose = scheduleToClose;
        this.startToClose = startToClose;
        this.heartbeat = heartbeat;
    }

    boolean started() {
        return lifecycle.phase() == Phase.STARTED || lifecycle.phase() == Phase.CANCEL_REQUESTED;
    }

    boolean closed() {
        return lifecycle.phase() == Phase.CLOSED;
    }

    void cancelDeadlines() {
        cancel(scheduleToStartDeadline);
        cancel(scheduleToCloseDeadline);
        cancel(startToCloseDeadline);
        cancel(heartbeatDeadline);
    }

    static void cancel(Deadline deadline) {
        if (deadline != null) {
            deadline.cancel();
        }
    }
}
