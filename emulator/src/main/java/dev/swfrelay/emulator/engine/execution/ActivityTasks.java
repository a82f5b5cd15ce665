package dev.swfrelay.emulator.engine.execution;

import dev.swfrelay.core.model.ActivityTask;
import dev.swfrelay.core.model.ActivityTaskTimeoutType;
import dev.swfrelay.core.model.HistoryEvent;
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
 * The activity task's life cycle after it is scheduled: queued, started by a poll, its
 * four timeouts, and closing (by answer, timeout, cancellation or the execution's close).
 * All methods run under the execution's lock.
 */
final class ActivityTasks {

    private final EngineContext context;

    ActivityTasks(EngineContext context) {
        this.context = context;
    }

    /** Puts a freshly scheduled activity on its task list and arms its schedule timeouts. */
    void enqueue(ActivityState a) {
        enqueue(a, context.clock.now());
    }

    /** As {@link #enqueue(ActivityState)} for a task scheduled at {@code now} (earlier, when rebuilt after a restart). */
    void enqueue(ActivityState a, Instant now) {
        Execution e = a.execution;
        a.scheduleToStartDeadline = context.after(now, a.scheduleToStart, e,
                at -> timedOut(a, ActivityTaskTimeoutType.SCHEDULE_TO_START, at));
        a.scheduleToCloseDeadline = context.after(now, a.scheduleToClose, e,
                at -> timedOut(a, ActivityTaskTimeoutType.SCHEDULE_TO_CLOSE, at));
        TaskQueue<ActivityTask> queue = context.taskLists.activities(e.domain, a.taskList.name());
        a.queued = new QueuedActivity(a, queue, context.sequence.incrementAndGet());
        queue.offer(a.queued);
    }

    Delivery start(QueuedActivity queued, Poll<ActivityTask> poll) {
        ActivityState a = queued.activity;
        Execution e = a.execution;
        if (!e.isOpen() || a.queued != queued || !isOpen(a)) {
            return Delivery.STALE;
        }
        Instant now = context.clock.now();
        long startedEventId = e.lastEventId() + 1;
        String token = context.tokens.issue(TaskToken.Kind.ACTIVITY, e, a.scheduledEventId);
        ActivityTask task = new ActivityTask(a.activityId, a.type, a.input, startedEventId, token, e.id);
        e.record(new HistoryEvent(startedEventId, now, new ActivityTaskStarted(poll.identity(), a.scheduledEventId)));
        if (!poll.future().complete(task)) {
            e.unrecord();
            return Delivery.POLL_GONE;
        }
        context.changes.record(new TokenIssued(e.domain, e.id, token));
        a.lifecycle.moveTo(ActivityState.Phase.STARTED);
        a.queued = null;
        a.startedEventId = startedEventId;
        a.token = token;
        ActivityState.cancel(a.scheduleToStartDeadline);
        a.scheduleToStartDeadline = null;
        a.startToCloseDeadline = context.after(now, a.startToClose, e,
                at -> timedOut(a, ActivityTaskTimeoutType.START_TO_CLOSE, at));
        armHeartbeat(a, now);
        context.startedTasks.incrementAndGet();
        return Delivery.DELIVERED;
    }

    /**
     * A heartbeat: keeps its details (none when it had none: a timeout event carries the last
     * call's details, as SWF records them) and restarts the heartbeat timeout.
     */
    boolean heartbeat(ActivityState a, String details) {
        Instant now = context.clock.now();
        a.heartbeatDetails = details;
        ActivityState.cancel(a.heartbeatDeadline);
        armHeartbeat(a, now);
        context.changes.record(new HeartbeatRecorded(a.execution.domain, a.execution.id, a.scheduledEventId, now, details));
        return a.lifecycle.phase() == ActivityState.Phase.CANCEL_REQUESTED;
    }

    /** The decider asked to cancel: a task not yet started is canceled at once. */
    void requestCancel(ActivityState a, long cancelRequestedEventId) {
        a.latestCancelRequestedEventId = cancelRequestedEventId;
        if (a.started()) {
            a.lifecycle.moveTo(ActivityState.Phase.CANCEL_REQUESTED);
        } else {
            close(a);
            a.execution.append(new ActivityTaskCanceled(null, cancelRequestedEventId, a.scheduledEventId, 0));
        }
    }

    /**
     * A task started before a restart: its timeouts run from when it was scheduled, started and
     * last heartbeat, as they did before.
     */
    void rearmStarted(ActivityState a, Instant scheduledAt, Instant startedAt, Instant lastBeat) {
        Execution e = a.execution;
        a.scheduleToCloseDeadline = context.after(scheduledAt, a.scheduleToClose, e,
                at -> timedOut(a, ActivityTaskTimeoutType.SCHEDULE_TO_CLOSE, at));
        a.startToCloseDeadline = context.after(startedAt, a.startToClose, e,
                at -> timedOut(a, ActivityTaskTimeoutType.START_TO_CLOSE, at));
        armHeartbeat(a, lastBeat);
    }

    boolean isOpen(ActivityState a) {
        return !a.closed();
    }

    /** Removes the activity from its execution: off its list, deadlines cancelled, token revoked. */
    void close(ActivityState a) {
        boolean started = a.started();
        a.lifecycle.moveTo(ActivityState.Phase.CLOSED);
        a.execution.open.activities().remove(a.activityId, a);
        if (a.queued != null) {
            a.queued.queue.remove(a.queued);
            a.queued = null;
        }
        a.cancelDeadlines();
        a.token = null;
        if (started) {
            context.startedTasks.decrementAndGet();
        }
    }

    void closeAll(Execution e) {
        for (ActivityState a : e.open.activities().values().toArray(new ActivityState[0])) {
            close(a);
        }
    }

    /** Arms the heartbeat timeout; a deadline replaced by a later heartbeat does nothing if it was already firing. */
    private void armHeartbeat(ActivityState a, Instant from) {
        Deadline[] self = new Deadline[1];
        self[0] = context.after(from, a.heartbeat, a.execution, at -> {
            if (a.heartbeatDeadline == self[0]) {
                timedOut(a, ActivityTaskTimeoutType.HEARTBEAT, at);
            }
        });
        a.heartbeatDeadline = self[0];
    }

    private void timedOut(ActivityState a, ActivityTaskTimeoutType type, Instant at) {
        if (!a.execution.isOpen() || !isOpen(a)) {
            return;
        }
        close(a);
        a.execution.append(at, new ActivityTaskTimedOut(a.heartbeatDetails, a.scheduledEventId, a.startedEventId, type));
    }
}
