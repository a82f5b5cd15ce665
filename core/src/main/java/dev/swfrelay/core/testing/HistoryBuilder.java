package dev.swfrelay.core.testing;

import dev.swfrelay.core.model.ActivityTaskTimeoutType;
import dev.swfrelay.core.model.ActivityType;
import dev.swfrelay.core.model.ChildPolicy;
import dev.swfrelay.core.model.CompleteWorkflowExecutionFailedCause;
import dev.swfrelay.core.model.DecisionTask;
import dev.swfrelay.core.model.DecisionTaskTimeoutType;
import dev.swfrelay.core.model.HistoryEvent;
import dev.swfrelay.core.model.ScheduleActivityTaskFailedCause;
import dev.swfrelay.core.model.TaskList;
import dev.swfrelay.core.model.Timeout;
import dev.swfrelay.core.model.WorkflowExecution;
import dev.swfrelay.core.model.WorkflowType;
import dev.swfrelay.core.model.decision.Decision;
import dev.swfrelay.core.model.event.ActivityTaskCancelRequested;
import dev.swfrelay.core.model.event.ActivityTaskCanceled;
import dev.swfrelay.core.model.event.ActivityTaskCompleted;
import dev.swfrelay.core.model.event.ActivityTaskFailed;
import dev.swfrelay.core.model.event.ActivityTaskScheduled;
import dev.swfrelay.core.model.event.ActivityTaskStarted;
import dev.swfrelay.core.model.event.ActivityTaskTimedOut;
import dev.swfrelay.core.model.event.CompleteWorkflowExecutionFailed;
import dev.swfrelay.core.model.event.DecisionTaskCompleted;
import dev.swfrelay.core.model.event.DecisionTaskScheduled;
import dev.swfrelay.core.model.event.DecisionTaskStarted;
import dev.swfrelay.core.model.event.DecisionTaskTimedOut;
import dev.swfrelay.core.model.event.EventAttributes;
import dev.swfrelay.core.model.event.MarkerRecorded;
import dev.swfrelay.core.model.event.ScheduleActivityTaskFailed;
import dev.swfrelay.core.model.event.TimerCanceled;
import dev.swfrelay.core.model.event.TimerFired;
import dev.swfrelay.core.model.event.TimerStarted;
import dev.swfrelay.core.model.event.WorkflowExecutionCancelRequested;
import dev.swfrelay.core.model.event.WorkflowExecutionSignaled;
import dev.swfrelay.core.model.event.WorkflowExecutionStarted;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds an execution's history by hand, event ids and references filled in, to test a
 * decider as the pure function it is:
 *
 * <pre>{@code
 * HistoryBuilder history = HistoryBuilder.workflowStarted("input");
 * List<Decision> first = decider.decide(history.decisionTask());
 * history.decided(first)                      // DecisionTaskCompleted + ActivityTaskScheduled...
 *        .activityCompleted("A-1", "result"); // ActivityTaskStarted + ActivityTaskCompleted
 * List<Decision> next = decider.decide(history.decisionTask());
 * }</pre>
 *
 * Events are appended as SWF appends them; a builder does not check that the history it
 * builds could happen. Timestamps start at 2026-01-01T00:00:00Z and advance one second
 * per event, or as {@link #advance(Duration)} says. Not thread-safe.
 */
public final class HistoryBuilder {

    private final List<HistoryEvent> events = new ArrayList<>();
    private final Map<String, Long> scheduledActivities = new HashMap<>();
    private final Map<String, Long> startedActivities = new HashMap<>();
    private final Map<String, Long> startedTimers = new HashMap<>();
    private WorkflowExecution execution = new WorkflowExecution("run-1", "workflow-1");
    private WorkflowType workflowType = new WorkflowType("workflow", "1.0");
    private TaskList taskList = new TaskList("decisions");
    private Instant now = Instant.parse("2026-01-01T00:00:00Z");
    private long scheduledDecision;
    private long startedDecision;
    private long previousStartedDecision;
    private long lastDecisionCompleted;
    private boolean decisionNeededAfterCurrent;
    private int tasksIssued;

    private HistoryBuilder() {
    }

    /** An empty history, for building from the first event on. */
    public static HistoryBuilder empty() {
        return new HistoryBuilder();
    }

    /** {@code WorkflowExecutionStarted} with {@code input}, then {@code DecisionTaskScheduled}. */
    public static HistoryBuilder workflowStarted(String input) {
        return empty().workflowExecutionStarted(input).decisionTaskNeeded();
    }

    /** The execution the built decision tasks name ({@code workflow-1}/{@code run-1} by default). */
    public HistoryBuilder execution(WorkflowExecution execution) {
        this.execution = Objects.requireNonNull(execution, "execution");
        return this;
    }

    /** The workflow type ({@code workflow} 1.0 by default). */
    public HistoryBuilder workflowType(WorkflowType workflowType) {
        this.workflowType = Objects.requireNonNull(workflowType, "workflowType");
        return this;
    }

    /** Moves the timestamp of the next events forward. */
    public HistoryBuilder advance(Duration duration) {
        now = now.plus(duration);
        return this;
    }

    /** Appends any event; the others are shorthands for this. */
    public HistoryBuilder event(EventAttributes attributes) {
        now = now.plusSeconds(1);
        events.add(new HistoryEvent(events.size() + 1L, now, attributes));
        return this;
    }

    /** The id the next event will get. */
    public long nextEventId() {
        return events.size() + 1L;
    }

    public List<HistoryEvent> events() {
        return List.copyOf(events);
    }

    /**
     * The decision task a decider would get now: if no decision task is scheduled, one is
     * scheduled, and if it has not started, it starts.
     */
    public DecisionTask decisionTask() {
        if (scheduledDecision == 0) {
            decisionTaskScheduled();
        }
        if (startedDecision == 0) {
            decisionTaskStarted();
        }
        tasksIssued++;
        return DecisionTask.builder()
                .events(events())
                .startedEventId(startedDecision)
                .previousStartedEventId(previousStartedDecision == 0 ? null : previousStartedDecision)
                .taskToken("task-token-" + tasksIssued)
                .workflowExecution(execution)
                .workflowType(workflowType)
                .build();
    }

    /**
     * Completes the started decision task (starting one if needed) with {@code decisions}:
     * {@code DecisionTaskCompleted}, then the event each decision leads to.
     *
     * @throws IllegalArgumentException for a decision kind not modelled here; append its
     *     events with {@link #event(EventAttributes)}
     */
    public HistoryBuilder decided(List<Decision> decisions) {
        if (startedDecision == 0) {
            decisionTask();
        }
        decisionTaskCompleted();
        for (Decision decision : decisions) {
            DecisionEvents.append(this, lastDecisionCompleted, decision);
        }
        return this;
    }

    public HistoryBuilder workflowExecutionStarted(String input) {
        return event(WorkflowExecutionStarted.builder()
                .input(input).workflowType(workflowType).taskList(taskList).childPolicy(ChildPolicy.TERMINATE)
                .executionStartToCloseTimeout(Timeout.ofSeconds(3600)).taskStartToCloseTimeout(Timeout.ofSeconds(30))
                .build());
    }

    public HistoryBuilder decisionTaskScheduled() {
        scheduledDecision = nextEventId();
        return event(DecisionTaskScheduled.builder().taskList(taskList).startToCloseTimeout(Timeout.ofSeconds(30)).build());
    }

    public HistoryBuilder decisionTaskStarted() {
        startedDecision = nextEventId();
        return event(new DecisionTaskStarted("decider", scheduledDecision));
    }

    public HistoryBuilder decisionTaskCompleted() {
        lastDecisionCompleted = nextEventId();
        event(DecisionTaskCompleted.builder().scheduledEventId(scheduledDecision).startedEventId(startedDecision).build());
        return endDecisionTask();
    }

    /** The started decision task timed out; SWF schedules a new one. */
    public HistoryBuilder decisionTaskTimedOut() {
        event(new DecisionTaskTimedOut(scheduledDecision, startedDecision, DecisionTaskTimeoutType.START_TO_CLOSE));
        decisionNeededAfterCurrent = true;
        return endDecisionTask();
    }

    public HistoryBuilder activityScheduled(String activityId, ActivityType type, TaskList list, String input) {
        scheduledActivities.put(activityId, nextEventId());
        return event(ActivityTaskScheduled.builder()
                .activityId(activityId).activityType(type).taskList(list).input(input)
                .decisionTaskCompletedEventId(lastDecisionCompleted).build());
    }

    public HistoryBuilder scheduleActivityFailed(String activityId, ActivityType type, ScheduleActivityTaskFailedCause cause) {
        return event(new ScheduleActivityTaskFailed(activityId, type, cause, lastDecisionCompleted));
    }

    public HistoryBuilder activityStarted(String activityId) {
        startedActivities.put(activityId, nextEventId());
        return event(new ActivityTaskStarted("worker", scheduled(activityId)));
    }

    /** Completes the activity (starting it first if it has not started), then a decision task (see {@link #decisionTaskNeeded()}). */
    public HistoryBuilder activityCompleted(String activityId, String result) {
        return event(new ActivityTaskCompleted(result, scheduled(activityId), started(activityId))).decisionTaskNeeded();
    }

    public HistoryBuilder activityFailed(String activityId, String reason, String details) {
        return event(new ActivityTaskFailed(details, reason, scheduled(activityId), started(activityId))).decisionTaskNeeded();
    }

    /** Times the activity out; a {@code SCHEDULE_TO_START} time-out does not start it first. */
    public HistoryBuilder activityTimedOut(String activityId, ActivityTaskTimeoutType type) {
        long started = type == ActivityTaskTimeoutType.SCHEDULE_TO_START ? 0 : started(activityId);
        return event(new ActivityTaskTimedOut(null, scheduled(activityId), started, type)).decisionTaskNeeded();
    }

    public HistoryBuilder activityCancelRequested(String activityId) {
        return event(new ActivityTaskCancelRequested(activityId, lastDecisionCompleted));
    }

    public HistoryBuilder activityCanceled(String activityId, String details) {
        return event(new ActivityTaskCanceled(details, null, scheduled(activityId), started(activityId))).decisionTaskNeeded();
    }

    public HistoryBuilder timerStarted(String timerId, Timeout startToFire) {
        startedTimers.put(timerId, nextEventId());
        return event(new TimerStarted(null, lastDecisionCompleted, startToFire, timerId));
    }

    /** Fires the timer, then a decision task (see {@link #decisionTaskNeeded()}). */
    public HistoryBuilder timerFired(String timerId) {
        return event(new TimerFired(timer(timerId), timerId)).decisionTaskNeeded();
    }

    public HistoryBuilder timerCanceled(String timerId) {
        return event(new TimerCanceled(lastDecisionCompleted, timer(timerId), timerId));
    }

    /** A signal, then a decision task. */
    public HistoryBuilder signaled(String signalName, String input) {
        return event(new WorkflowExecutionSignaled(null, null, input, signalName)).decisionTaskNeeded();
    }

    public HistoryBuilder markerRecorded(String markerName, String details) {
        return event(new MarkerRecorded(lastDecisionCompleted, details, markerName));
    }

    /** A cancellation request, then a decision task. */
    public HistoryBuilder cancelRequested() {
        return event(WorkflowExecutionCancelRequested.builder().build()).decisionTaskNeeded();
    }

    /** SWF's rejection of the last decision task's close decision, then a new decision task. */
    public HistoryBuilder completeWorkflowFailed(CompleteWorkflowExecutionFailedCause cause) {
        return event(new CompleteWorkflowExecutionFailed(cause, lastDecisionCompleted)).decisionTaskNeeded();
    }

    /**
     * After an event a decider must see: schedules a decision task unless one is already
     * scheduled; while one runs, schedules the next when it ends, as SWF does.
     */
    public HistoryBuilder decisionTaskNeeded() {
        if (startedDecision != 0) {
            decisionNeededAfterCurrent = true;
            return this;
        }
        return scheduledDecision == 0 ? decisionTaskScheduled() : this;
    }

    private HistoryBuilder endDecisionTask() {
        previousStartedDecision = startedDecision;
        scheduledDecision = 0;
        startedDecision = 0;
        if (decisionNeededAfterCurrent) {
            decisionNeededAfterCurrent = false;
            decisionTaskScheduled();
        }
        return this;
    }

    private long scheduled(String activityId) {
        Long id = scheduledActivities.get(activityId);
        if (id == null) {
            throw new IllegalStateException("activity '" + activityId + "' was never scheduled in this history");
        }
        return id;
    }

    private long started(String activityId) {
        if (!startedActivities.containsKey(activityId)) {
            activityStarted(activityId);
        }
        return startedActivities.get(activityId);
    }

    private long timer(String timerId) {
        Long id = startedTimers.get(timerId);
        if (id == null) {
            throw new IllegalStateException("timer '" + timerId + "' was never started in this history");
        }
        return id;
    }
}
