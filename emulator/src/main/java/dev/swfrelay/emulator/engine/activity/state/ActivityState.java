package dev.swfrelay.emulator.engine.activity.state;

import dev.swfrelay.emulator.engine.lifecycle.Lifecycle;
import dev.swfrelay.emulator.engine.lifecycle.Transitions;
import dev.swfrelay.emulator.engine.task.Priorities;
import dev.swfrelay.core.model.ActivityTask;
import dev.swfrelay.core.model.ActivityType;
import dev.swfrelay.core.model.TaskList;
import dev.swfrelay.core.model.Timeout;
import dev.swfrelay.core.model.event.ActivityTaskScheduled;
import dev.swfrelay.emulator.engine.clock.Deadline;
import dev.swfrelay.emulator.engine.task.QueuedTask;
import dev.swfrelay.emulator.engine.task.TaskQueue;

/**
 * One activity task of a run. Moved by ActivityTaskScheduled (created), ActivityTaskStarted,
 * ActivityTaskCancelRequested, then one of ActivityTaskCompleted, ActivityTaskFailed,
 * ActivityTaskTimedOut or ActivityTaskCanceled; its run's close ends it too. What is not an
 * event is set apart: its place on its task list, its token, its last heartbeat's details and
 * its four deadlines (schedule-to-start, schedule-to-close, start-to-close, heartbeat).
 */
public final class ActivityState {

    /** Where the activity task is in its life. */
    public enum Phase {
        /** On its task list, not yet taken by a worker. */
        SCHEDULED,
        /** A worker holds it. */
        STARTED,
        /** A worker holds it and the decider asked to cancel it. */
        CANCEL_REQUESTED,
        /** Answered, timed out, canceled, or its run closed. */
        CLOSED
    }

    private static final Transitions<Phase> MOVES = Transitions.of("activity task", Phase.class)
            .allow(Phase.SCHEDULED, Phase.STARTED, Phase.CLOSED)
            .allow(Phase.STARTED, Phase.CANCEL_REQUESTED, Phase.CLOSED)
            .allow(Phase.CANCEL_REQUESTED, Phase.CANCEL_REQUESTED, Phase.CLOSED);

    private final long scheduledEventId;
    private final ActivityTaskScheduled scheduled;
    private final int priority;
    private final Lifecycle<Phase> lifecycle = new Lifecycle<>(MOVES, Phase.SCHEDULED);
    private long startedEventId;
    private long latestCancelRequestedEventId;
    private String token;
    private String heartbeatDetails;
    private QueuedTask<ActivityTask> queued;
    private TaskQueue<ActivityTask> queue;
    private Deadline scheduleToStartDeadline;
    private Deadline scheduleToCloseDeadline;
    private Deadline startToCloseDeadline;
    private Deadline heartbeatDeadline;

    /** ActivityTaskScheduled {@code scheduled}, recorded as event {@code scheduledEventId}. */
    public ActivityState(long scheduledEventId, ActivityTaskScheduled scheduled) {
        this.scheduledEventId = scheduledEventId;
        this.scheduled = scheduled;
        this.priority = Priorities.parse(scheduled.taskPriority());
    }

    public String activityId() {
        return scheduled.activityId();
    }

    public ActivityType type() {
        return scheduled.activityType();
    }

    public TaskList taskList() {
        return scheduled.taskList();
    }

    public int priority() {
        return priority;
    }

    public String input() {
        return scheduled.input();
    }

    public Timeout scheduleToStart() {
        return scheduled.scheduleToStartTimeout();
    }

    public Timeout scheduleToClose() {
        return scheduled.scheduleToCloseTimeout();
    }

    public Timeout startToClose() {
        return scheduled.startToCloseTimeout();
    }

    public Timeout heartbeat() {
        return scheduled.heartbeatTimeout();
    }

    public long scheduledEventId() {
        return scheduledEventId;
    }

    public long startedEventId() {
        return startedEventId;
    }

    public long latestCancelRequestedEventId() {
        return latestCancelRequestedEventId;
    }

    public String token() {
        return token;
    }

    public String heartbeatDetails() {
        return heartbeatDetails;
    }

    public QueuedTask<ActivityTask> queued() {
        return queued;
    }

    public Phase phase() {
        return lifecycle.phase();
    }

    public boolean started() {
        return lifecycle.phase() == Phase.STARTED || lifecycle.phase() == Phase.CANCEL_REQUESTED;
    }

    public boolean isClosed() {
        return lifecycle.phase() == Phase.CLOSED;
    }

    /** It waits on {@code on} as {@code entry}, with its schedule-to-start and schedule-to-close deadlines. */
    public void queued(TaskQueue<ActivityTask> on, QueuedTask<ActivityTask> entry, Deadline toStart, Deadline toClose) {
        queue = on;
        queued = entry;
        scheduleToStartDeadline = toStart;
        scheduleToCloseDeadline = toClose;
    }

    /** ActivityTaskStarted, recorded as event {@code eventId}: off its list, schedule-to-start over. */
    public void started(long eventId) {
        lifecycle.moveTo(Phase.STARTED);
        startedEventId = eventId;
        withdraw();
        Deadline.cancelIfArmed(scheduleToStartDeadline);
        scheduleToStartDeadline = null;
    }

    /** A poll took it with {@code issued} (a TokenIssued change, not an event). */
    public void tokenIssued(String issued) {
        token = issued;
    }

    /** Its start-to-close deadline runs (a started task's schedule-to-close one too, when rebuilt after a restart). */
    public void startArmed(Deadline toClose, Deadline startToClose) {
        if (toClose != null) {
            scheduleToCloseDeadline = toClose;
        }
        startToCloseDeadline = startToClose;
    }

    /** A heartbeat with {@code details} (a HeartbeatRecorded change, not an event). */
    public void heartbeat(String details) {
        heartbeatDetails = details;
    }

    /** Its heartbeat deadline, replacing the one a previous heartbeat armed. */
    public void heartbeatArmed(Deadline next) {
        Deadline.cancelIfArmed(heartbeatDeadline);
        heartbeatDeadline = next;
    }

    public Deadline heartbeatDeadline() {
        return heartbeatDeadline;
    }

    /**
     * ActivityTaskCancelRequested, recorded as event {@code eventId}. Returns whether a worker
     * holds it; if not, the caller cancels it at once (ActivityTaskCanceled).
     */
    public boolean cancelRequested(long eventId) {
        latestCancelRequestedEventId = eventId;
        if (started()) {
            lifecycle.moveTo(Phase.CANCEL_REQUESTED);
            return true;
        }
        return false;
    }

    /** Answered, timed out, canceled, or its run closed: off its list, deadlines cancelled, token revoked. */
    public void closed() {
        lifecycle.moveTo(Phase.CLOSED);
        withdraw();
        Deadline.cancelIfArmed(scheduleToStartDeadline);
        Deadline.cancelIfArmed(scheduleToCloseDeadline);
        Deadline.cancelIfArmed(startToCloseDeadline);
        Deadline.cancelIfArmed(heartbeatDeadline);
        token = null;
    }

    private void withdraw() {
        if (queued != null) {
            queue.remove(queued);
            queued = null;
        }
    }
}
