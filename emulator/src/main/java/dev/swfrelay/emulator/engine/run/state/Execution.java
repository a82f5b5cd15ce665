package dev.swfrelay.emulator.engine.run.state;

import dev.swfrelay.emulator.engine.decision.state.DeciderState;
import dev.swfrelay.emulator.engine.decision.state.DecisionSlot;
import dev.swfrelay.core.model.CloseStatus;
import dev.swfrelay.core.model.HistoryEvent;
import dev.swfrelay.core.model.TaskList;
import dev.swfrelay.core.model.Timeout;
import dev.swfrelay.core.model.WorkflowExecution;
import dev.swfrelay.core.model.WorkflowType;
import dev.swfrelay.core.model.event.EventAttributes;
import dev.swfrelay.core.model.event.WorkflowExecutionCancelRequested;
import dev.swfrelay.emulator.engine.change.ChangeLog;
import dev.swfrelay.emulator.engine.change.HistoryObserver;
import dev.swfrelay.emulator.engine.change.EventRecorded;
import dev.swfrelay.emulator.engine.clock.Deadline;
import dev.swfrelay.emulator.engine.throttle.RunBuckets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * One run of a workflow: its append-only history and the state folded from it. The state
 * changes only in {@link #apply}, by the events the run records (live through {@link #append},
 * on restore by the journal feeding the same events back): its decider's side
 * ({@link DeciderState}: the decision task, its task list, the execution context), the open
 * items ({@link OpenItems}: activities, timers, children, Lambda tasks), the cancel request and
 * the close ({@link RunEnd}, which also keeps its start-to-close deadline and retention). The few facts that are not events (tokens, heartbeats, deadlines, list entries) are
 * set on the entities by the services that make them.
 *
 * <p>Everything here is guarded by the run's own lock ({@link RunLock}), taken through
 * {@link #locked}; effects on other runs are queued with {@link #later} and run after the lock is
 * released, so no thread ever holds two runs' locks. Nothing here calls a service: when an event
 * needs the decider and no task is open, {@link #takeDecisionDue} says so and the caller
 * schedules one; when the run closed with a parent, {@link #takeParentDue} says so and the caller
 * tells the parent.
 */
public final class Execution {

    private final ChangeLog changes;
    private final HistoryObserver observer;
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
    private final DeciderState decider;
    private final OpenItems open;
    private final RunLock lock;
    private boolean cancelRequested;
    private final RunEnd end = new RunEnd();
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
        this.domain = domain;
        this.id = id;
        this.type = type;
        this.config = config;
        this.startTimestamp = startTimestamp;
        this.parent = parent;
        this.parentInitiatedEventId = parentInitiatedEventId;
        this.input = input;
        this.decider = new DeciderState(config.taskList(), startedTasks);
        this.open = new OpenItems(startedTasks);
        this.lock = new RunLock(changes);
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
        return decider.slot();
    }

    public OpenItems open() {
        return open;
    }

    public TaskList decisionTaskList() {
        return decider.taskList();
    }

    public Timeout decisionScheduleToStart() {
        return decider.scheduleToStart();
    }

    public boolean cancelRequested() {
        return cancelRequested;
    }

    public CloseStatus closeStatus() {
        return end.status();
    }

    public Instant closeTimestamp() {
        return end.timestamp();
    }

    public String latestExecutionContext() {
        return decider.latestExecutionContext();
    }

    public Instant latestActivityTaskTimestamp() {
        return open.latestActivityTaskTimestamp();
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
        return end.isOpen();
    }

    /** How the run ended, its start-to-close deadline and its retention (for the store). */
    RunEnd end() {
        return end;
    }

    /** The run's start-to-close deadline (not an event). */
    public void timeoutArmed(Deadline deadline) {
        end.timeoutArmed(deadline);
    }

    /** Runs {@code body} under this run's lock, in one unit of the change log, then the effects it queued on other runs. */
    public <T> T locked(Supplier<T> body) {
        return lock.locked(body);
    }

    public void locked(Runnable body) {
        lock.locked(() -> {
            body.run();
            return null;
        });
    }

    /** Queues an effect on another run, to run once this run's lock is released. */
    public void later(Runnable effect) {
        lock.later(effect);
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
        return locked(() -> RunView.of(this));
    }

    /** Whether an event that needs the decider arrived with no task open; clears it. The caller schedules one. */
    public boolean takeDecisionDue() {
        return decider.takeDue() && isOpen();
    }

    /** Whether the run closed (not by continuing as new) with a parent to tell; clears it. The caller tells it. */
    public boolean takeParentDue() {
        return end.takeParentDue();
    }

    /** The decisions of a completed task are applied; a new task is due if events arrived meanwhile. */
    public void decisionsApplied() {
        decider.decisionsApplied();
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
        decider.restored();
        end.takeParentDue();
    }

    /**
     * The one fold: how {@code event}, just recorded (or read back from the journal), moves this
     * run. Both the live engine and the restore call it; nothing here records, schedules or arms.
     */
    private void apply(HistoryEvent event) {
        EventAttributes a = event.attributes();
        if (!open.apply(event) && !decider.apply(event)) {
            if (a instanceof WorkflowExecutionCancelRequested) {
                cancelRequested = true;
            }
            CloseStatus status = CloseEvents.status(a);
            if (status != null) {
                closed(status, event.eventTimestamp());
            }
        }
        if (isOpen()) {
            decider.eventArrived(a);
        }
    }

    private void closed(CloseStatus status, Instant at) {
        end.closed(status, at, parent != null);
        decider.runClosed();
        open.runClosed();
    }
}
