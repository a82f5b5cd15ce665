package dev.swfrelay.emulator.engine.run.state;

import dev.swfrelay.emulator.engine.activity.state.ActivityState;
import dev.swfrelay.emulator.engine.child.state.ChildState;
import dev.swfrelay.emulator.engine.decision.state.DecisionSlot;
import dev.swfrelay.emulator.engine.lambda.state.LambdaState;
import dev.swfrelay.emulator.engine.timer.state.TimerState;
import dev.swfrelay.core.model.CloseStatus;
import dev.swfrelay.core.model.HistoryEvent;
import dev.swfrelay.core.model.TaskList;
import dev.swfrelay.core.model.Timeout;
import dev.swfrelay.core.model.WorkflowExecution;
import java.time.Instant;
import java.util.Comparator;
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

    /** The view of {@code e} as it is now (under its lock). */
    static RunView of(Execution e) {
        DecisionSlot decision = e.decision();
        OpenItems open = e.open();
        return new RunView(e.domain(), e.id(), e.config(), e.startTimestamp(), e.parent(), e.parentInitiatedEventId(),
                e.input(), e.history(),
                new RunView.Decision(decision.phase().name(), decision.scheduledEventId(), decision.startedEventId(),
                        decision.previousStartedEventId(), decision.token(), decision.queued() != null),
                e.decisionTaskList(), e.decisionScheduleToStart(), e.cancelRequested(), e.closeStatus(),
                e.closeTimestamp(), e.latestExecutionContext(), e.latestActivityTaskTimestamp(),
                open.activities().stream().sorted(Comparator.comparing(ActivityState::activityId))
                        .map(a -> new RunView.Activity(a.activityId(), a.phase().name(), a.scheduledEventId(),
                                a.startedEventId(), a.latestCancelRequestedEventId(), a.token(), a.heartbeatDetails(),
                                a.queued() != null)).toList(),
                open.timers().stream().sorted(Comparator.comparing(TimerState::timerId))
                        .map(t -> new RunView.Timer(t.timerId(), t.phase().name(), t.startedEventId())).toList(),
                open.children().stream().sorted(Comparator.comparing(ChildState::workflowId))
                        .map(c -> new RunView.Child(c.workflowId(), c.phase().name(), c.initiatedEventId(),
                                c.startedEventId(), c.run())).toList(),
                open.lambdas().stream().sorted(Comparator.comparing(LambdaState::id))
                        .map(l -> new RunView.Lambda(l.id(), l.phase().name(), l.scheduledEventId(),
                                l.startedEventId())).toList());
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
