package dev.swfrelay.emulator.engine.execution;

import dev.swfrelay.core.model.DecisionTask;
import dev.swfrelay.core.model.DecisionTaskTimeoutType;
import dev.swfrelay.core.model.HistoryEvent;
import dev.swfrelay.core.model.event.DecisionTaskScheduled;
import dev.swfrelay.core.model.event.DecisionTaskStarted;
import dev.swfrelay.core.model.event.DecisionTaskTimedOut;
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
        if (slot.started()) {
            slot.rescheduleAfter = true;
            if (!slot.processing) {
                slot.unhandled = true;
            }
            return;
        }
        if (!slot.scheduled()) {
            schedule(e);
        }
    }

    private void schedule(Execution e) {
        DecisionSlot slot = e.decision;
        long id = e.append(new DecisionTaskScheduled(e.decisionScheduleToStart, e.config.taskStartToCloseTimeout(),
                e.decisionTaskList, e.config.taskPriority()));
        slot.scheduledEventId = id;
        TaskQueue<DecisionTask> queue = context.taskLists.decisions(e.domain, e.decisionTaskList.name());
        QueuedDecision queued = new QueuedDecision(e, queue, e.config.priority(), context.sequence.incrementAndGet());
        slot.queued = queued;
        slot.scheduleToStart = context.after(context.clock.now(), e.decisionScheduleToStart, e,
                at -> scheduleToStartTimedOut(e, queued, at));
        queue.offer(queued);
    }

    /** Hands the scheduled task to {@code poll}: the started event is recorded only if the poll takes it. */
    Delivery start(QueuedDecision queued, Poll<DecisionTask> poll) {
        Execution e = queued.execution;
        DecisionSlot slot = e.decision;
        if (!e.isOpen() || slot.queued != queued || slot.started()) {
            return Delivery.STALE;
        }
        Instant now = context.clock.now();
        long startedEventId = e.lastEventId() + 1;
        HistoryEvent started = new HistoryEvent(startedEventId, now,
                new DecisionTaskStarted(poll.identity(), slot.scheduledEventId));
        String token = context.tokens.issue(e);
        e.history.add(started);
        DecisionTask task = DecisionPages.first(e, startedEventId, slot.previousStartedEventId, token, poll);
        if (!poll.future().complete(task)) {
            e.history.remove(e.history.size() - 1);
            context.tokens.revoke(token);
            return Delivery.POLL_GONE;
        }
        slot.startedScheduledEventId = slot.scheduledEventId;
        slot.startedEventId = startedEventId;
        slot.token = token;
        slot.scheduledEventId = 0;
        slot.queued = null;
        ActivityState.cancel(slot.scheduleToStart);
        slot.scheduleToStart = null;
        slot.startToClose = context.after(now, e.config.taskStartToCloseTimeout(), e,
                at -> startToCloseTimedOut(e, token, at));
        context.startedTasks.incrementAndGet();
        return Delivery.DELIVERED;
    }

    /** The decider answered: the task stays started while its decisions are applied. */
    void beginProcessing(Execution e) {
        DecisionSlot slot = e.decision;
        context.tokens.revoke(slot.token);
        ActivityState.cancel(slot.startToClose);
        slot.startToClose = null;
        slot.token = null;
        slot.processing = true;
        context.startedTasks.decrementAndGet();
    }

    /** The decisions are applied: close the task and schedule the next one if events arrived meanwhile. */
    void endProcessing(Execution e) {
        DecisionSlot slot = e.decision;
        slot.processing = false;
        slot.previousStartedEventId = slot.startedEventId;
        slot.startedEventId = 0;
        slot.startedScheduledEventId = 0;
        boolean again = slot.rescheduleAfter;
        slot.rescheduleAfter = false;
        slot.unhandled = false;
        if (again) {
            request(e);
        }
    }

    /** The execution closed: withdraw its scheduled task and revoke a started one. */
    void closeAll(Execution e) {
        DecisionSlot slot = e.decision;
        if (slot.queued != null) {
            slot.queued.queue.remove(slot.queued);
            slot.queued = null;
        }
        ActivityState.cancel(slot.scheduleToStart);
        ActivityState.cancel(slot.startToClose);
        if (slot.token != null) {
            context.tokens.revoke(slot.token);
            slot.token = null;
            context.startedTasks.decrementAndGet();
        }
        slot.scheduledEventId = 0;
        if (!slot.processing) {
            slot.startedEventId = 0;
        }
    }

    private void startToCloseTimedOut(Execution e, String token, Instant at) {
        DecisionSlot slot = e.decision;
        if (!e.isOpen() || slot.token == null || !slot.token.equals(token)) {
            return;
        }
        context.tokens.revoke(token);
        context.startedTasks.decrementAndGet();
        long scheduled = slot.startedScheduledEventId;
        long started = slot.startedEventId;
        slot.token = null;
        slot.startToClose = null;
        slot.startedEventId = 0;
        slot.startedScheduledEventId = 0;
        slot.rescheduleAfter = false;
        slot.unhandled = false;
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
        slot.queued = null;
        slot.scheduledEventId = 0;
        slot.scheduleToStart = null;
        revertTemporaryOverride(e);
        e.append(at, new DecisionTaskTimedOut(scheduled, 0, DecisionTaskTimeoutType.SCHEDULE_TO_START));
    }

    /**
     * A task list override given with a schedule-to-start timeout is temporary: when a task on
     * it times out (either way), SWF goes back to the run's own list for the next task.
     */
    private static void revertTemporaryOverride(Execution e) {
        if (e.decisionScheduleToStart != null) {
            e.decisionTaskList = e.config.taskList();
            e.decisionScheduleToStart = null;
        }
    }
}
