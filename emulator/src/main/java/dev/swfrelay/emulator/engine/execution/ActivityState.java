package dev.swfrelay.emulator.engine.execution;

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
final class ActivityState {

    /** Where the activity task is in its life. */
    enum Phase {
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
    ActivityState(long scheduledEventId, ActivityTaskScheduled scheduled) {
        this.scheduledEventId = scheduledEventId;
        this.scheduled = scheduled;
        this.priority = Priorities.parse(scheduled.taskPriority());
    }

    String activityId() {
        return scheduled.activityId();
    }

    ActivityType type() {
        return scheduled.activityType();
    }

    TaskList taskList() {
        return scheduled.taskList();
    }

    int priority() {
        return priority;
    }

    String input() {
        return scheduled.input();
    }

    Timeout scheduleToStart() {
        return scheduled.scheduleToStartTimeout();
    }

    Timeout scheduleToClose() {
        return scheduled.scheduleToCloseTimeout();
    }

    Timeout startToClose() {
        return scheduled.startToCloseTimeout();
    }

    Timeout heartbeat() {
        return scheduled.heartbeatTimeout();
    }

    long scheduledEventId() {
        return scheduledEventId;
    }

    long startedEventId() {
        return startedEventId;
    }

    long latestCancelRequestedEventId() {
        return latestCancelRequestedEventId;
    }

    String token() {
        return token;
    }

    String heartbeatDetails() {
        return heartbeatDetails;
    }

    QueuedTask<ActivityTask> queued() {
        return queued;
    }

    Phase phase() {
        return lifecycle.phase();
    }

    boolean started() {
        return lifecycle.phase() == Phase.STARTED || lifecycle.phase() == Phase.CANCEL_REQUESTED;
    }

    boolean isClosed() {
        return lifecycle.phase() == Phase.CLOSED;
    }

    /** It waits on {@code on} as {@code entry}, with its schedule-to-start and schedule-to-close deadlines. */
    void queued(TaskQueue<ActivityTask> on, QueuedTask<ActivityTask> entry, Deadline toStart, Deadline toClose) {
        queue = on;
        queued = entry;
        scheduleToStartDeadline = toStart;
        scheduleToCloseDeadline = toClose;
    }

    /** ActivityTaskStarted, recorded as event {@code eventId}: off its list, schedule-to-start over. */
    void started(long eventId) {
        lifecycle.moveTo(Phase.STARTED);
        startedEventId = eventId;
        withdraw();
        Deadline.cancelIfArmed(scheduleToStartDeadline);
        scheduleToStartDeadline = null;
    }

    /** A poll took it with {@code issued} (a TokenIssued change, not an event). */
    void tokenIssued(String issued) {
        token = issued;
    }

    /** Its start-to-close deadline runs (a started task's schedule-to-close one too, when rebuilt after a restart). */
    void startArmed(Deadline toClose, Deadline startToClose) {
        if (toClose != null) {
            scheduleToCloseDeadline = toClose;
        }
        startToCloseDeadline = startToClose;
    }

    /** A heartbeat with {@code details} (a HeartbeatRecorded change, not an event). */
    void heartbeat(String details) {
        heartbeatDetails = details;
    }

    /** Its heartbeat deadline, replacing the one a previous heartbeat armed. */
    void heartbeatArmed(Deadline next) {
        Deadline.cancelIfArmed(heartbeatDeadline);
        heartbeatDeadline = next;
    }

    Deadline heartbeatDeadline() {
        return heartbeatDeadline;
    }

    /**
     * ActivityTaskCancelRequested, recorded as event {@code eventId}. Returns whether a worker
     * holds it; if not, the caller cancels it at once (ActivityTaskCanceled).
     */
    boolean cancelRequested(long eventId) {
        latestCancelRequestedEventId = eventId;
        if (started()) {
            lifecycle.moveTo(Phase.CANCEL_REQUESTED);
            return true;
        }
        return false;
    }

    /** Answered, timed out, canceled, or its run closed: off its list, deadlines cancelled, token revoked. */
    void closed() {
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
