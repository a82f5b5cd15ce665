package dev.swfrelay.emulator.engine.decision;

import dev.swfrelay.emulator.engine.decision.state.DecisionSlot;
import dev.swfrelay.emulator.engine.shared.EngineParts;
import dev.swfrelay.emulator.engine.run.state.Execution;
import dev.swfrelay.emulator.engine.shared.TaskToken;
import dev.swfrelay.core.model.DecisionTask;
import dev.swfrelay.core.model.DecisionTaskTimeoutType;
import dev.swfrelay.core.model.HistoryEvent;
import dev.swfrelay.core.model.Timeout;
import dev.swfrelay.core.model.event.DecisionTaskScheduled;
import dev.swfrelay.core.model.event.DecisionTaskStarted;
import dev.swfrelay.core.model.event.DecisionTaskTimedOut;
import dev.swfrelay.emulator.engine.change.TokenIssued;
import dev.swfrelay.emulator.engine.task.Delivery;
import dev.swfrelay.emulator.engine.task.Poll;
import dev.swfrelay.emulator.engine.task.TaskQueue;
import java.time.Instant;

/**
 * The decision task live: scheduled when its run says one is due, put on its task list, started
 * when a poll takes it, timed out by its deadlines. The state moves in the run's fold (the events
 * recorded here); what this class adds is what is not an event: list entries, tokens, deadlines.
 * All methods run under the run's lock.
 */
public final class DecisionTasks {

    private final EngineParts parts;

    public DecisionTasks(EngineParts parts) {
        this.parts = parts;
    }

    /** Schedules a task on the run's current decision task list. */
    public void schedule(Execution e) {
        e.append(parts.clock.now(), new DecisionTaskScheduled(e.decisionScheduleToStart(),
                e.config().taskStartToCloseTimeout(), e.decisionTaskList(), e.config().taskPriority()));
        enqueue(e, parts.clock.now(), e.decisionScheduleToStart());
    }

    /** Puts the scheduled task on its list, its schedule-to-start timeout running from {@code since}. */
    private void enqueue(Execution e, Instant since, Timeout scheduleToStart) {
        TaskQueue<DecisionTask> queue = parts.taskLists.decisions(e.domain(), e.decisionTaskList().name());
        QueuedDecision queued = new QueuedDecision(e, this, queue, e.config().priority(),
                parts.sequence.incrementAndGet());
        e.decision().queued(queue, queued,
                parts.after(since, scheduleToStart, e, at -> scheduleToStartTimedOut(e, queued, at)));
        queue.offer(queued);
    }

    /** A poll is offered the task {@code queued}: under the run's lock, one unit. */
    public Delivery deliver(Execution e, QueuedDecision queued, Poll<DecisionTask> poll) {
        return parts.locked(e, () -> start(e, queued, poll));
    }

    /** Hands the scheduled task to {@code poll}: the started event is recorded only if the poll takes it. */
    private Delivery start(Execution e, QueuedDecision queued, Poll<DecisionTask> poll) {
        DecisionSlot slot = e.decision();
        if (!e.isOpen() || slot.queued() != queued) {
            return Delivery.STALE;
        }
        Instant now = parts.clock.now();
        long startedEventId = e.lastEventId() + 1;
        String token = parts.tokens.issue(TaskToken.Kind.DECISION, e, slot.scheduledEventId());
        e.record(new HistoryEvent(startedEventId, now, new DecisionTaskStarted(poll.identity(), slot.scheduledEventId())));
        DecisionTask task = DecisionPages.first(e, startedEventId, slot.previousStartedEventId(), token, poll);
        if (!poll.future().complete(task)) {
            e.unrecord();
            return Delivery.POLL_GONE;
        }
        e.applyRecorded();
        parts.changes.record(new TokenIssued(e.domain(), e.id(), token));
        slot.tokenIssued(token);
        armStarted(e, now, token);
        return Delivery.DELIVERED;
    }

    /**
     * The task as it was before a restart: a scheduled one goes back on its list with its
     * schedule-to-start timeout running from {@code since} (when it was scheduled), a started one
     * keeps its token and times out {@code since} (when it started) plus its start-to-close timeout.
     */
    public void rearm(Execution e, Instant since, Timeout scheduleToStart) {
        DecisionSlot slot = e.decision();
        if (slot.phase() == DecisionSlot.Phase.SCHEDULED) {
            enqueue(e, since, scheduleToStart);
        } else if (slot.started() && slot.token() != null) {
            armStarted(e, since, slot.token());
        }
    }

    private void armStarted(Execution e, Instant since, String token) {
        e.decision().startArmed(parts.after(since, e.config().taskStartToCloseTimeout(), e,
                at -> startToCloseTimedOut(e, token, at)));
    }

    private void startToCloseTimedOut(Execution e, String token, Instant at) {
        DecisionSlot slot = e.decision();
        if (!e.isOpen() || !slot.started() || !token.equals(slot.token())) {
            return;
        }
        e.append(at, new DecisionTaskTimedOut(slot.scheduledEventId(), slot.startedEventId(),
                DecisionTaskTimeoutType.START_TO_CLOSE));
    }

    private void scheduleToStartTimedOut(Execution e, QueuedDecision queued, Instant at) {
        DecisionSlot slot = e.decision();
        if (!e.isOpen() || slot.queued() != queued) {
            return;
        }
        e.append(at, new DecisionTaskTimedOut(slot.scheduledEventId(), 0, DecisionTaskTimeoutType.SCHEDULE_TO_START));
    }
}
