package dev.swfrelay.emulator.engine.execution;

import dev.swfrelay.core.model.CloseStatus;
import dev.swfrelay.core.model.HistoryEvent;
import dev.swfrelay.core.model.TaskList;
import dev.swfrelay.core.model.Timeout;
import dev.swfrelay.core.model.WorkflowExecution;
import dev.swfrelay.core.model.WorkflowType;
import dev.swfrelay.core.model.event.EventAttributes;
import dev.swfrelay.emulator.engine.change.EventRecorded;
import dev.swfrelay.emulator.engine.clock.Deadline;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One run of a workflow: its append-only history, its open items (decision task,
 * activities, timers, children) and its status. Everything here is guarded by the run's
 * own lock, taken through {@link #locked}; effects on other runs are queued with
 * {@link #later} and run after the lock is released, so no thread ever holds two runs' locks.
 * The package's operation classes read and write the state directly.
 */
public final class Execution {

    final EngineContext context;
    final String domain;
    final WorkflowExecution id;
    final WorkflowType type;
    final ExecutionConfig config;
    final Instant startTimestamp;
    final WorkflowExecution parent;
    final long parentInitiatedEventId;
    final String input;
    final ArrayList<HistoryEvent> history = new ArrayList<>(4);
    final DecisionSlot decision = new DecisionSlot();
    private final ReentrantLock lock = new ReentrantLock();
    OpenItems open = new OpenItems();
    TaskList decisionTaskList;
    Timeout decisionScheduleToStart;
    boolean cancelRequested;
    volatile CloseStatus closeStatus;
    Instant closeTimestamp;
    Instant retainedUntil;
    Deadline executionTimeout;
    String latestExecutionContext;
    Instant latestActivityTaskTimestamp;
    private ArrayList<Runnable> followUps;

    Execution(EngineContext context, String domain, WorkflowExecution id, WorkflowType type, ExecutionConfig config,
              Instant startTimestamp, WorkflowExecution parent, long parentInitiatedEventId, String input) {
        this.context = context;
        this.domain = domain;
        this.id = id;
        this.type = type;
        this.config = config;
        this.startTimestamp = startTimestamp;
        this.parent = parent;
        this.parentInitiatedEventId = parentInitiatedEventId;
        this.input = input;
        this.decisionTaskList = config.taskList();
    }

    public WorkflowExecution id() {
        return id;
    }

    public String domain() {
        return domain;
    }

    /** Whether the run closed and its domain's retention period has passed since. */
    boolean expired(Instant now) {
        Instant until = retainedUntil;
        return until != null && now.isAfter(until);
    }

    public boolean isOpen() {
        return closeStatus == null;
    }

    /** Runs {@code body} under this run's lock, then the effects it queued on other runs. */
    public <T> T locked(Supplier<T> body) {
        lock.lock();
        context.changes.begin();
        List<Runnable> after;
        try {
            return body.get();
        } finally {
            try {
                if (isOpen() && history.size() >= context.settings.limits().maxHistoryEvents() - 1) {
                    context.closer.terminateForEventLimit(this);
                }
            } finally {
                after = followUps;
                followUps = null;
                context.changes.end();
                lock.unlock();
            }
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
    void later(Runnable effect) {
        if (followUps == null) {
            followUps = new ArrayList<>(2);
        }
        followUps.add(effect);
    }

    /** Appends an event stamped {@code at}; events that need the decider's attention ask for a decision task. */
    long append(Instant at, EventAttributes attributes) {
        long eventId = history.size() + 1L;
        record(new HistoryEvent(eventId, at, attributes));
        if (DecisionTriggers.needsDecision(attributes.eventType())) {
            context.decisionTasks.request(this);
        }
        return eventId;
    }

    long append(EventAttributes attributes) {
        return append(context.clock.now(), attributes);
    }

    /** Adds {@code event} to the history and tells the change log; no decision task is requested. */
    void record(HistoryEvent event) {
        history.add(event);
        context.changes.record(new EventRecorded(domain, id, event));
    }

    /** Takes back the last event, recorded in this same unit, when the poll it was for is gone. */
    void unrecord() {
        HistoryEvent event = history.remove(history.size() - 1);
        context.changes.retract(new EventRecorded(domain, id, event));
    }

    long lastEventId() {
        return history.size();
    }
}
