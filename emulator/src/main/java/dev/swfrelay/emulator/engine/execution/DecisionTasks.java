package dev.swfrelay.emulator.engine.execution;

import dev.swfrelay.core.model.DecisionTask;
import dev.swfrelay.core.model.DecisionTaskTimeoutType;
import dev.swfrelay.core.model.HistoryEvent;
import dev.swfrelay.core.model.event.DecisionTaskScheduled;
import dev.swfrelay.core.model.event.DecisionTaskStarted;
import dev.swfrelay.core.model.event.DecisionTaskTimedOut;
import dev.swfrelay.emulator.engine.change.TokenIssued;
import dev.swfrelay.emulator.engine.task.Delivery;
import dev.swfrelay.emulator.engine.task.Poll;
import dev.swfrelay.emulator.engine.task.TaskQueue;
import java.time.Instant;

/**
 * The decision task's life cycle on an execution: scheduled when an event needs the decider
 * (at most one scheduled and one started), started when a poll takes it, closed by the
 * decider's answer or by a timeout. All methods run under the execution's lock.
 */
final class DecisionTasks {

    private final EngineContext context;

    DecisionTasks(EngineContext context) {
        this.context = context;
    }

    /** An event needs the decider: schedule a task now, or after the started one completes. */
    void request(Execution e) {
        DecisionSlot slot = e.decision;
        if (!e.isOpen()) {
            return;
        }
        switch (slot.lifecycle.phase()) {
            case IDLE -> schedule(e);
            case STARTED, STARTED_EVENTS_UNSEEN -> slot.lifecycle.moveTo(DecisionSlot.Phase.STARTED_EVENTS_UNSEEN);
            case COMPLETING, COMPLETING_EVENTS_NEW -> slot.lifecycle.moveTo(DecisionSlot.Phase.COMPLETING_EVENTS_NEW);
            case COMPLETING_EVENTS_UNSEEN -> slot.lifecycle.moveTo(DecisionSlot.Phase.COMPLETING_EVENTS_UNSEEN);
            case SCHEDULED -> { }
        }
    }

    private void schedule(Execution e) {
        DecisionSlot slot = e.decision;
        long id = e.append(new DecisionTaskScheduled(e.decisionScheduleToStart, e.config.taskStartToCloseTimeout(),
                e.decisionTaskList, e.config.taskPriority()));
        slot.lifecycle.moveTo(DecisionSlot.Phase.SCHEDULED);
        slot.scheduledEventId = id;
        TaskQueue<DecisionTask> queue = context.taskLists.decisions(e.domain, e.decisionTaskList.name());
        QueuedDecision queued = new QueuedDecision(e, queue, e.config.priority(), context.sequence.incrementAndGet());
        slot.queued = queued;
        slot.timeout = context.after(context.clock.now(), e.decisionScheduleToStart, e,
                at -> scheduleToStartTimedOut(e, queued, at));
        queue.offer(queued);
    }

    /** Hands the scheduled task to {@code poll}: the started event is recorded only if the poll takes it. */
    Delivery start(QueuedDecision queued, Poll<DecisionTask> poll) {
        Execution e = queued.execution;
        DecisionSlot slot = e.decision;
        if (!e.isOpen() || slot.queued != queued) {
            return Delivery.STALE;
        }
        Instant now = context.clock.now();
        long startedEventId = e.lastEventId() + 1;
        HistoryEvent started = new HistoryEvent(startedEventId, now,
                new DecisionTaskStarted(poll.identity(), slot.scheduledEventId));
        String token = context.tokens.issue(TaskToken.Kind.DECISION, e, slot.scheduledEventId);
        e.record(started);
        DecisionTask task = DecisionPages.first(e, startedEventId, slot.previousStartedEventId, token, poll);
        if (!poll.future().complete(task)) {
            e.unrecord();
            return Delivery.POLL_GONE;
        }
        context.changes.record(new TokenIssued(e.domain, e.id, token));
        slot.lifecycle.moveTo(DecisionSlot.Phase.STARTED);
        slot.startedEventId = startedEventId;
        slot.token = token;
        slot.queued = null;
        ActivityState.cancel(slot.timeout);
        slot.timeout = context.after(now, e.config.taskStartToCloseTimeout(), e,
                at -> startToCloseTimedOut(e, token, at));
        context.startedTasks.incrementAndGet();
        return Delivery.DELIVERED;
    }

    /** The decider answered: the task stays started while its decisions are applied. */
    void beginProcessing(Execution e) {
        DecisionSlot slot = e.decision;
        slot.lifecycle.moveTo(slot.lifecycle.phase() == DecisionSlot.Phase.STARTED_EVENTS_UNSEEN
                ? DecisionSlot.Phase.COMPLETING_EVENTS_UNSEEN : DecisionSlot.Phase.COMPLETING);
        ActivityState.cancel(slot.timeout);
        slot.timeout = null;
        slot.token = null;
        context.startedTasks.decrementAndGet();
    }

    /** The decisions are applied: close the task and schedule the next one if events arrived meanwhile. */
    void endProcessing(Execution e) {
        DecisionSlot slot = e.decision;
        boolean again = slot.lifecycle.phase() != DecisionSlot.Phase.COMPLETING;
        slot.lifecycle.moveTo(DecisionSlot.Phase.IDLE);
        slot.previousStartedEventId = slot.startedEventId;
        slot.startedEventId = 0;
        slot.scheduledEventId = 0;
        if (again) {
            request(e);
        }
    }

    /** The execution closed: withdraw its scheduled task and revoke a started one. */
    void closeAll(Execution e) {
        DecisionSlot slot = e.decision;
        if (slot.completing() || slot.lifecycle.phase() == DecisionSlot.Phase.IDLE) {
            return;
        }
        if (slot.queued != null) {
            slot.queued.queue.remove(slot.queued);
            slot.queued = null;
        }
        ActivityState.cancel(slot.timeout);
        slot.timeout = null;
        if (slot.started()) {
            slot.token = null;
            context.startedTasks.decrementAndGet();
        }
        slot.lifecycle.moveTo(DecisionSlot.Phase.IDLE);
        slot.scheduledEventId = 0;
        slot.startedEventId = 0;
    }

    /**
     * The task as it was before a restart: a scheduled one goes back on its list with its
     * schedule-to-start timeout running from {@code since} (when it was scheduled), a started one
     * keeps its token and times out {@code since} (when it started) plus its start-to-close timeout.
     */
    void rearm(Execution e, Instant since, dev.swfrelay.core.model.Timeout scheduleToStart) {
        DecisionSlot slot = e.decision;
        if (slot.lifecycle.phase() == DecisionSlot.Phase.SCHEDULED) {
            TaskQueue<DecisionTask> queue = context.taskLists.decisions(e.domain, e.decisionTaskList.name());
            QueuedDecision queued = new QueuedDecision(e, queue, e.config.priority(), context.sequence.incrementAndGet());
            slot.queued = queued;
            slot.timeout = context.after(since, scheduleToStart, e, at -> scheduleToStartTimedOut(e, queued, at));
            queue.offer(queued);
        } else if (slot.started() && slot.token != null) {
            String token = slot.token;
            slot.timeout = context.after(since, e.config.taskStartToCloseTimeout(), e,
                    at -> startToCloseTimedOut(e, token, at));
        }
    }

    private void startToCloseTimedOut(Execution e, String token, Instant at) {
        DecisionSlot slot = e.decision;
        if (!e.isOpen() || !slot.started() || !token.equals(slot.token)) {
            return;
        }
        context.startedTasks.decrementAndGet();
        long scheduled = slot.scheduledEventId;
        long started = slot.startedEventId;
        slot.lifecycle.moveTo(DecisionSlot.Phase.IDLE);
        slot.token = null;
        slot.timeout = null;
        slot.startedEventId = 0;
        slot.scheduledEventId = 0;
        revertTemporaryOverride(e);
        e.append(at, new DecisionTaskTimedOut(scheduled, started, DecisionTaskTimeoutType.START_TO_CLOSE));
    }

    private void scheduleToStartTimedOut(Execution e, QueuedDecision queued, Instant at) {
        DecisionSlot slot = e.decision;
        if (!e.isOpen() || slot.queued != queued) {
            return;
        }
        queued.queue.remove(queued);
        long scheduled = slot.scheduledEventId;
        slot.lifecycle.moveTo(DecisionSlot.Phase.IDLE);
        slot.queued = null;
        slot.scheduledEventId = 0;
        slot.timeout = null;
        revertTemporaryOverride(e);
        e.append(at, new DecisionTaskTimedOut(scheduled, 0, DecisionTaskTimeoutType.SCHEDULE_TO_START));
    }

    /**
     * A task list override given with a schedule-to-start timeout is temporary: when a task on
     * it times out (either way), SWF goes back to the run's own list for the next task.
     */
    static void revertTemporaryOverride(Execution e) {
        if (e.decisionScheduleToStart != null) {
            e.decisionTaskList = e.config.taskList();
            e.decisionScheduleToStart = null;
        }
    }
}
