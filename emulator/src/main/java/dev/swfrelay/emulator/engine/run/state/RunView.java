package dev.swfrelay.emulator.engine.run.state;

import dev.swfrelay.core.model.CloseStatus;
import dev.swfrelay.core.model.HistoryEvent;
import dev.swfrelay.core.model.TaskList;
import dev.swfrelay.core.model.Timeout;
import dev.swfrelay.core.model.WorkflowExecution;
import java.time.Instant;
import java.util.List;

/**
 * A run's whole state as its fold left it, read-only and comparable: what a live run and the
 * same run restored from its changes must agree on, field by field. Items are sorted by id.
 */
public record RunView(String domain, WorkflowExecution id, ExecutionConfig config, Instant startTimestamp,
                      WorkflowExecution parent, long parentInitiatedEventId, String input, List<HistoryEvent> history,
                      Decision decision, TaskList decisionTaskList, Timeout decisionScheduleToStart,
                      boolean cancelRequested, CloseStatus closeStatus, Instant closeTimestamp,
                      String latestExecutionContext, Instant latestActivityTaskTimestamp, List<Activity> activities,
                      List<Timer> timers, List<Child> children, List<Lambda> lambdas) {

    public RunView {
        history = List.copyOf(history);
        activities = List.copyOf(activities);
        timers = List.copyOf(timers);
        children = List.copyOf(children);
        lambdas = List.copyOf(lambdas);
    }

    /** The decision task: its phase, events, token, and whether it waits on its task list. */
    public record Decision(String phase, long scheduledEventId, long startedEventId, long previousStartedEventId,
                           String token, boolean queued) {
    }

    /** One open activity task. */
    public record Activity(String activityId, String phase, long scheduledEventId, long startedEventId,
                           long latestCancelRequestedEventId, String token, String heartbeatDetails, boolean queued) {
    }

    /** One open timer. */
    public record Timer(String timerId, String phase, long startedEventId) {
    }

    /** One child run its parent follows. */
    public record Child(String workflowId, String phase, long initiatedEventId, long startedEventId,
                        WorkflowExecution run) {
    }

    /** One open Lambda task. */
    public record Lambda(String id, String phase, long scheduledEventId, long startedEventId) {
    }
}
