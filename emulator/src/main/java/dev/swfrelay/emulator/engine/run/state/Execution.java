package dev.swfrelay.emulator.engine.run.state;

import dev.swfrelay.emulator.engine.activity.state.ActivityState;
import dev.swfrelay.emulator.engine.child.state.ChildState;
import dev.swfrelay.emulator.engine.decision.state.DecisionSlot;
import dev.swfrelay.emulator.engine.decision.state.DecisionTriggers;
import dev.swfrelay.emulator.engine.lambda.state.LambdaState;
import dev.swfrelay.emulator.engine.timer.state.TimerState;
import dev.swfrelay.core.model.CloseStatus;
import dev.swfrelay.core.model.HistoryEvent;
import dev.swfrelay.core.model.TaskList;
import dev.swfrelay.core.model.Timeout;
import dev.swfrelay.core.model.WorkflowExecution;
import dev.swfrelay.core.model.WorkflowType;
import dev.swfrelay.core.model.event.ActivityTaskScheduled;
import dev.swfrelay.core.model.event.DecisionTaskCompleted;
import dev.swfrelay.core.model.event.DecisionTaskScheduled;
import dev.swfrelay.core.model.event.DecisionTaskStarted;
import dev.swfrelay.core.model.event.DecisionTaskTimedOut;
import dev.swfrelay.core.model.event.EventAttributes;
import dev.swfrelay.core.model.event.WorkflowExecutionCancelRequested;
import dev.swfrelay.core.model.event.WorkflowExecutionCanceled;
import dev.swfrelay.core.model.event.WorkflowExecutionCompleted;
import dev.swfrelay.core.model.event.WorkflowExecutionContinuedAsNew;
import dev.swfrelay.core.model.event.WorkflowExecutionFailed;
import dev.swfrelay.core.model.event.WorkflowExecutionTerminated;
import dev.swfrelay.core.model.event.WorkflowExecutionTimedOut;
import dev.swfrelay.emulator.engine.change.ChangeLog;
import dev.swfrelay.emulator.engine.change.HistoryObserver;
import dev.swfrelay.emulator.engine.change.EventRecorded;
import dev.swfrelay.emulator.engine.clock.Deadline;
import dev.swfrelay.emulator.engine.throttle.RunBuckets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One run of a workflow: its append-only history and the state folded from it. The state
 * changes only in {@link #apply}, by the events the run records (live through {@link #append},
 * on restore by the journal feeding the same events back): the decision task
 * ({@link DecisionSlot}), the open items ({@link OpenItems}), the task list override, the cancel
 * request and the close. The few facts that are not events (tokens, heartbeats, deadlines, list
 * entries) are set on the entities by the services that make them.
 *
 * <p>Everything here is guarded by the run's own lock, taken through {@link #locked}; effects
 * on other runs are queued with {@link #later} and run after the lock is released, so no thread
 * ever holds two runs' locks. Nothing here calls a service: when an event needs the decider and
 * no task is open, {@link #takeDecisionDue} says so and the caller schedules one.
 */
public final class Execution {

    private final ChangeLog changes;
    private final HistoryObserver observer;
    private final AtomicInteger startedTasks;
    private final String domain;
    private final WorkflowExecution id;
    private final WorkflowType type;
    private final ExecutionConfig config;
    private final Instant startTimestamp;
    private final WorkflowExecution parent;
    private final long parentInitiatedEventId;
    private final String input;
    private final ArrayList<HistoryEvent> history = new ArrayList<>(4);
    private final List<HistoryEvent> historyRead = Collections.unmodifiableList(history);
    private final DecisionSlot decision = new DecisionSlot();
    private final OpenItems open;
    private final ReentrantLock lock = new ReentrantLock();
    private TaskList decisionTaskList;
    private Timeout decisionScheduleToStart;
    private boolean cancelRequested;
    private volatile CloseStatus closeStatus;
    private Instant closeTimestamp;
    private String latestExecutionContext;
    private Instant latestActivityTaskTimestamp;
    private boolean decisionDue;
    private boolean parentDue;
    private volatile Instant retainedUntil;
    private Deadline executionTimeout;
    private ArrayList<Runnable> followUps;
    private volatile RunBuckets buckets;

    /**
     * A run as its WorkflowExecutionStarted describes it; {@code changes} is told every event it
     * records, {@code observer} every event it folds in live, {@code startedTasks} counts the engine's
     * started tasks (this run's move it).
     */
    public Execution(ChangeLog changes, HistoryObserver observer, AtomicInteger startedTasks, String domain, WorkflowExecution id, WorkflowType type,
              ExecutionConfig config, Instant startTimestamp, WorkflowExecution parent, long parentInitiatedEventId,
              String input) {
        this.changes = changes;
        this.observer = observer;
        this.startedTasks = startedTasks;
        this.domain = domain;
        this.id = id;
        this.type = type;
        this.config = config;
        this.startTimestamp = startTimestamp;
        this.parent = parent;
        this.parentInitiatedEventId = parentInitiatedEventId;
        this.input = input;
        this.decisionTaskList = config.taskList();
        this.open = new OpenItems(startedTasks);
    }

    /**
     * This run's own token buckets (SWF's workflow-level quotas), made when throttling first asks
     * for them; they are forgotten with the run.
     */
    public RunBuckets buckets() {
        RunBuckets b = buckets;
        if (b == null) {
            synchronized (this) {
                b = buckets;
                if (b == null) {
                    b = new RunBuckets();
                    buckets = b;
                }
            }
        }
        return b;
    }

    public WorkflowExecution id() {
        return id;
    }

    public String domain() {
        return domain;
    }

    public WorkflowType type() {
        return type;
    }

    public ExecutionConfig config() {
        return config;
    }

    public Instant startTimestamp() {
        return startTimestamp;
    }

    public WorkflowExecution parent() {
        return parent;
    }

    public long parentInitiatedEventId() {
        return parentInitiatedEventId;
    }

    public String input() {
        return input;
    }

    public DecisionSlot decision() {
        return decision;
    }

    public OpenItems open() {
        return open;
    }

    public TaskList decisionTaskList() {
        return decisionTaskList;
    }

    public Timeout decisionScheduleToStart() {
        return decisionScheduleToStart;
    }

    public boolean cancelRequested() {
        return cancelRequested;
    }

    public CloseStatus closeStatus() {
        return closeStatus;
    }

    public Instant closeTimestamp() {
        return closeTimestamp;
    }

    public String latestExecutionContext() {
        return latestExecutionContext;
    }

    public Instant latestActivityTaskTimestamp() {
        return latestActivityTaskTimestamp;
    }

    /** Event {@code eventId} of the history. */
    public HistoryEvent event(long eventId) {
        return history.get((int) eventId - 1);
    }

    /** The history as it is now (read under the lock; copy it to keep it). */
    public List<HistoryEvent> history() {
        return Collections.unmodifiableList(history);
    }

    public long lastEventId() {
        return history.size();
    }

    public boolean isOpen() {
        return closeStatus == null;
    }

    /** Whether the run closed and its domain's retention period has passed since. */
    public boolean expired(Instant now) {
        Instant until = retainedUntil;
        return until != null && now.isAfter(until);
    }

    /** Until when the closed run is kept (its close plus its domain's retention); null while open. */
    public Instant retainedUntil() {
        return retainedUntil;
    }

    /** The run is kept until {@code until} (its close plus its domain's retention): not an event. */
    public void retainUntil(Instant until) {
        retainedUntil = until;
    }

    /** The run's start-to-close deadline (not an event). */
    public void timeoutArmed(Deadline deadline) {
        executionTimeout = deadline;
    }

    /** Runs {@code body} under this run's lock, in one unit of the change log, then the effects it queued on other runs. */
    public <T> T locked(Supplier<T> body) {
        lock.lock();
        changes.begin();
        List<Runnable> after;
        try {
            return body.get();
        } finally {
            after = followUps;
            followUps = null;
            changes.end();
            lock.unlock();
            if (after != null) {
                after.forEach(Runnable::run);
            }
        }
    }

    public void locked(Runnable body) {
        locked(() -> {
            body.run();
            return null;
        });
    }

    /** Queues an effect on another run, to run once this run's lock is released. */
    public void later(Runnable effect) {
        if (followUps == null) {
            followUps = new ArrayList<>(2);
        }
        followUps.add(effect);
    }

    /** Records an event stamped {@code at} and folds it in; returns its id. */
    public long append(Instant at, EventAttributes attributes) {
        HistoryEvent event = new HistoryEvent(history.size() + 1L, at, attributes);
        record(event);
        apply(event);
        observer.appended(domain, historyRead);
        return event.eventId();
    }

    /**
     * Records {@code event} without folding it yet: a task's started event, which the poll's
     * answer must contain before the poll is known to take it. {@link #applyRecorded} or
     * {@link #unrecord} follows.
     */
    public void record(HistoryEvent event) {
        history.add(event);
        changes.record(new EventRecorded(domain, id, event));
    }

    /** The poll took the task: the last recorded event is folded in. */
    public void applyRecorded() {
        apply(history.get(history.size() - 1));
        observer.appended(domain, historyRead);
    }

    /** Takes back the last event, recorded in this same unit, when the poll it was for is gone. */
    public void unrecord() {
        HistoryEvent event = history.remove(history.size() - 1);
        changes.retract(new EventRecorded(domain, id, event));
    }

    /** The run's state as a read-only view (taken under the lock). */
    public RunView view() {
        return locked(() -> new RunView(domain, id, config, startTimestamp, parent, parentInitiatedEventId, input, history,
                new RunView.Decision(decision.phase().name(), decision.scheduledEventId(), decision.startedEventId(),
                        decision.previousStartedEventId(), decision.token(), decision.queued() != null),
                decisionTaskList, decisionScheduleToStart, cancelRequested, closeStatus, closeTimestamp,
                latestExecutionContext, latestActivityTaskTimestamp,
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
                                l.startedEventId())).toList()));
    }

    /** Whether an event that needs the decider arrived with no task open; clears it. The caller schedules one. */
    public boolean takeDecisionDue() {
        boolean due = decisionDue && isOpen() && decision.phase() == DecisionSlot.Phase.IDLE;
        decisionDue = false;
        return due;
    }

    /** Whether the run closed (not by continuing as new) with a parent to tell; clears it. The caller tells it. */
    public boolean takeParentDue() {
        boolean due = parentDue;
        parentDue = false;
        return due;
    }

    /** The decisions of a completed task are applied; a new task is due if events arrived meanwhile. */
    public void decisionsApplied() {
        if (decision.completingEnded()) {
            decisionDue = true;
        }
    }

    /** Restore: {@code event}, read back from the journal, is added and folded in as when it was recorded. */
    public void restoreEvent(HistoryEvent event) {
        if (event.eventId() != history.size() + 1L) {
            throw new IllegalStateException("run " + id + " in domain " + domain + ": event " + event.eventId()
                    + " follows event " + history.size());
        }
        history.add(event);
        apply(event);
    }

    /** Ends a decision task left completing at the end of a restore (its unit ended after its decisions). */
    public void restored() {
        if (decision.completing()) {
            decision.completingEnded();
        }
        decisionDue = false;
        parentDue = false;
    }

    /**
     * The one fold: how {@code event}, just recorded (or read back from the journal), moves this
     * run. Both the live engine and the restore call it; nothing here records, schedules or arms.
     */
    private void apply(HistoryEvent event) {
        EventAttributes a = event.attributes();
        if (!open.apply(event) && !applyDecision(event)) {
            if (a instanceof WorkflowExecutionCancelRequested) {
                cancelRequested = true;
            }
            CloseStatus status = closeStatus(a);
            if (status != null) {
                closed(status, event.eventTimestamp());
            }
        }
        if (a instanceof ActivityTaskScheduled) {
            latestActivityTaskTimestamp = event.eventTimestamp();
        }
        if (isOpen() && DecisionTriggers.needsDecision(a.eventType()) && decision.eventArrived()) {
            decisionDue = true;
        }
    }

    private boolean applyDecision(HistoryEvent event) {
        EventAttributes a = event.attributes();
        if (a instanceof DecisionTaskScheduled) {
            if (decision.completing()) {
                decision.completingEnded();
            }
            decision.scheduled(event.eventId());
            decisionDue = false;
        } else if (a instanceof DecisionTaskStarted) {
            decision.started(event.eventId());
            startedTasks.incrementAndGet();
        } else if (a instanceof DecisionTaskCompleted c) {
            decision.completed();
            startedTasks.decrementAndGet();
            if (c.executionContext() != null) {
                latestExecutionContext = c.executionContext();
            }
            if (c.taskList() != null) {
                decisionTaskList = c.taskList();
                decisionScheduleToStart = c.taskListScheduleToStartTimeout();
            }
        } else if (a instanceof DecisionTaskTimedOut) {
            if (decision.timedOut()) {
                startedTasks.decrementAndGet();
            }
            revertTemporaryOverride();
        } else {
            return false;
        }
        return true;
    }

    /**
     * A task list override given with a schedule-to-start timeout is temporary: when a task on
     * it times out (either way), SWF goes back to the run's own list for the next task.
     */
    private void revertTemporaryOverride() {
        if (decisionScheduleToStart != null) {
            decisionTaskList = config.taskList();
            decisionScheduleToStart = null;
        }
    }

    private void closed(CloseStatus status, Instant at) {
        closeStatus = status;
        closeTimestamp = at;
        parentDue = parent != null && status != CloseStatus.CONTINUED_AS_NEW;
        Deadline.cancelIfArmed(executionTimeout);
        executionTimeout = null;
        if (decision.runClosed()) {
            startedTasks.decrementAndGet();
        }
        open.runClosed();
    }

    private static CloseStatus closeStatus(EventAttributes a) {
        if (a instanceof WorkflowExecutionCompleted) {
            return CloseStatus.COMPLETED;
        } else if (a instanceof WorkflowExecutionFailed) {
            return CloseStatus.FAILED;
        } else if (a instanceof WorkflowExecutionCanceled) {
            return CloseStatus.CANCELED;
        } else if (a instanceof WorkflowExecutionTerminated) {
            return CloseStatus.TERMINATED;
        } else if (a instanceof WorkflowExecutionTimedOut) {
            return CloseStatus.TIMED_OUT;
        } else if (a instanceof WorkflowExecutionContinuedAsNew) {
            return CloseStatus.CONTINUED_AS_NEW;
        }
        return null;
    }
}
