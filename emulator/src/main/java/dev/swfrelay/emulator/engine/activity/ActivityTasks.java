package dev.swfrelay.emulator.engine.activity;

import dev.swfrelay.emulator.engine.activity.state.ActivityState;
import dev.swfrelay.emulator.engine.shared.EngineParts;
import dev.swfrelay.emulator.engine.run.state.Execution;
import dev.swfrelay.emulator.engine.shared.TaskToken;
import dev.swfrelay.core.model.ActivityTask;
import dev.swfrelay.core.model.ActivityTaskTimeoutType;
import dev.swfrelay.core.model.HistoryEvent;
import dev.swfrelay.core.model.Timeout;
import dev.swfrelay.core.model.event.ActivityTaskCanceled;
import dev.swfrelay.core.model.event.ActivityTaskStarted;
import dev.swfrelay.core.model.event.ActivityTaskTimedOut;
import dev.swfrelay.emulator.engine.change.HeartbeatRecorded;
import dev.swfrelay.emulator.engine.change.TokenIssued;
import dev.swfrelay.emulator.engine.clock.Deadline;
import dev.swfrelay.emulator.engine.task.Delivery;
import dev.swfrelay.emulator.engine.task.Poll;
import dev.swfrelay.emulator.engine.task.TaskQueue;
import java.time.Instant;

/**
 * The activity task live, once scheduled: put on its task list, started by a poll, its four
 * timeouts, heartbeats, a cancel request. The state moves in the run's fold (the events recorded
 * here); this class adds what is not an event: list entries, tokens, heartbeats, deadlines.
 * All methods run under the run's lock.
 */
public final class ActivityTasks {

    private final EngineParts parts;

    public ActivityTasks(EngineParts parts) {
        this.parts = parts;
    }

    /** Puts an activity scheduled at {@code since} (earlier, when rebuilt after a restart) on its list and arms its schedule timeouts. */
    public void enqueue(Execution e, ActivityState a, Instant since) {
        TaskQueue<ActivityTask> queue = parts.taskLists.activities(e.domain(), a.taskList().name());
        QueuedActivity queued = new QueuedActivity(e, a, this, queue, parts.sequence.incrementAndGet());
        a.queued(queue, queued, timeout(e, a, since, a.scheduleToStart(), ActivityTaskTimeoutType.SCHEDULE_TO_START),
                timeout(e, a, since, a.scheduleToClose(), ActivityTaskTimeoutType.SCHEDULE_TO_CLOSE));
        queue.offer(queued);
    }

    /** A poll is offered the task {@code queued}: under the run's lock, one unit. */
    public Delivery deliver(Execution e, QueuedActivity queued, Poll<ActivityTask> poll) {
        return parts.locked(e, () -> start(e, queued, poll));
    }

    private Delivery start(Execution e, QueuedActivity queued, Poll<ActivityTask> poll) {
        ActivityState a = queued.activity();
        if (!e.isOpen() || a.queued() != queued || a.isClosed()) {
            return Delivery.STALE;
        }
        Instant now = parts.clock.now();
        long startedEventId = e.lastEventId() + 1;
        String token = parts.tokens.issue(TaskToken.Kind.ACTIVITY, e, a.scheduledEventId());
        ActivityTask task = new ActivityTask(a.activityId(), a.type(), a.input(), startedEventId, token, e.id());
        e.record(new HistoryEvent(startedEventId, now, new ActivityTaskStarted(poll.identity(), a.scheduledEventId())));
        if (!poll.future().complete(task)) {
            e.unrecord();
            return Delivery.POLL_GONE;
        }
        e.applyRecorded();
        parts.changes.record(new TokenIssued(e.domain(), e.id(), token));
        a.tokenIssued(token);
        a.startArmed(null, timeout(e, a, now, a.startToClose(), ActivityTaskTimeoutType.START_TO_CLOSE));
        armHeartbeat(e, a, now);
        return Delivery.DELIVERED;
    }

    /**
     * A heartbeat: keeps its details (none when it had none: a timeout event carries the last
     * call's details, as SWF records them) and restarts the heartbeat timeout. Returns whether
     * the decider asked to cancel the task.
     */
    public boolean heartbeat(Execution e, ActivityState a, String details) {
        Instant now = parts.clock.now();
        a.heartbeat(details);
        armHeartbeat(e, a, now);
        parts.changes.record(new HeartbeatRecorded(e.domain(), e.id(), a.scheduledEventId(), now, details));
        return a.phase() == ActivityState.Phase.CANCEL_REQUESTED;
    }

    /** The decider asked to cancel, recorded as event {@code cancelRequestedEventId}: a task not yet started is canceled at once. */
    void cancelIfNotStarted(Execution e, ActivityState a, long cancelRequestedEventId) {
        if (!a.started()) {
            e.append(parts.clock.now(), new ActivityTaskCanceled(null, cancelRequestedEventId, a.scheduledEventId(), 0));
        }
    }

    /**
     * A task started before a restart: its timeouts run from when it was scheduled, started and
     * last heartbeat, as they did before.
     */
    public void rearmStarted(Execution e, ActivityState a, Instant scheduledAt, Instant startedAt, Instant lastBeat) {
        a.startArmed(timeout(e, a, scheduledAt, a.scheduleToClose(), ActivityTaskTimeoutType.SCHEDULE_TO_CLOSE),
                timeout(e, a, startedAt, a.startToClose(), ActivityTaskTimeoutType.START_TO_CLOSE));
        armHeartbeat(e, a, lastBeat);
    }

    private Deadline timeout(Execution e, ActivityState a, Instant from, Timeout timeout, ActivityTaskTimeoutType type) {
        return parts.after(from, timeout, e, at -> timedOut(e, a, type, at));
    }

    /** Arms the heartbeat timeout; a deadline replaced by a later heartbeat does nothing if it was already firing. */
    private void armHeartbeat(Execution e, ActivityState a, Instant from) {
        Deadline[] self = new Deadline[1];
        self[0] = parts.after(from, a.heartbeat(), e, at -> {
            if (a.heartbeatDeadline() == self[0]) {
                timedOut(e, a, ActivityTaskTimeoutType.HEARTBEAT, at);
            }
        });
        a.heartbeatArmed(self[0]);
    }

    private void timedOut(Execution e, ActivityState a, ActivityTaskTimeoutType type, Instant at) {
        if (!e.isOpen() || a.isClosed()) {
            return;
        }
        e.append(at, new ActivityTaskTimedOut(a.heartbeatDetails(), a.scheduledEventId(), a.startedEventId(), type));
    }
}
