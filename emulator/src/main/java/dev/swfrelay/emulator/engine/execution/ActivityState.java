package dev.swfrelay.emulator.engine.execution;

import dev.swfrelay.core.model.ActivityType;
import dev.swfrelay.core.model.TaskList;
import dev.swfrelay.core.model.Timeout;
import dev.swfrelay.emulator.engine.clock.Deadline;

/** One open activity task of an execution, from scheduled to its close event. */
final class ActivityState {

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
    QueuedActivity queued;
    long startedEventId;
    String token;
    boolean cancelRequested;
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
        return startedEventId != 0;
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
