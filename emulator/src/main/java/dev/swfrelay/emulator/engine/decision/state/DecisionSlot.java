package dev.swfrelay.emulator.engine.decision.state;

import dev.swfrelay.emulator.engine.lifecycle.Lifecycle;
import dev.swfrelay.emulator.engine.lifecycle.Transitions;
import dev.swfrelay.core.model.DecisionTask;
import dev.swfrelay.emulator.engine.clock.Deadline;
import dev.swfrelay.emulator.engine.task.QueuedTask;
import dev.swfrelay.emulator.engine.task.TaskQueue;

/**
 * A run's decision task, one state machine: at most one task is scheduled or started at a time.
 * Moved by DecisionTaskScheduled, DecisionTaskStarted, DecisionTaskCompleted and
 * DecisionTaskTimedOut, and by every event that needs the decider ({@link #eventArrived}):
 * those arriving while a task is started are remembered in the phase and lead to exactly one new
 * task once it completes; those the decider has not seen make a close decision fail
 * ({@link #unhandled}). Between DecisionTaskCompleted and {@link #completingEnded} the decider's
 * decisions are being applied. The token, the list entry and the deadline are not events.
 */
public final class DecisionSlot {

    /** Where the run's decision task is in its life. */
    public enum Phase {
        /** No task scheduled or started. */
        IDLE,
        /** A task waits on its task list. */
        SCHEDULED,
        /** A decider holds the task; nothing new has happened since. */
        STARTED,
        /** A decider holds the task and events arrived that it has not seen. */
        STARTED_EVENTS_UNSEEN,
        /** The decider answered; its decisions are being applied. */
        COMPLETING,
        /** Applying the decisions recorded events that need a new task. */
        COMPLETING_EVENTS_NEW,
        /** The decider answered without seeing events that arrived while it held the task. */
        COMPLETING_EVENTS_UNSEEN
    }

    private static final Transitions<Phase> MOVES = Transitions.of("decision task", Phase.class)
            .allow(Phase.IDLE, Phase.SCHEDULED)
            .allow(Phase.SCHEDULED, Phase.STARTED, Phase.IDLE)
            .allow(Phase.STARTED, Phase.STARTED_EVENTS_UNSEEN, Phase.COMPLETING, Phase.IDLE)
            .allow(Phase.STARTED_EVENTS_UNSEEN, Phase.STARTED_EVENTS_UNSEEN, Phase.COMPLETING_EVENTS_UNSEEN, Phase.IDLE)
            .allow(Phase.COMPLETING, Phase.COMPLETING_EVENTS_NEW, Phase.IDLE)
            .allow(Phase.COMPLETING_EVENTS_NEW, Phase.COMPLETING_EVENTS_NEW, Phase.IDLE)
            .allow(Phase.COMPLETING_EVENTS_UNSEEN, Phase.COMPLETING_EVENTS_UNSEEN, Phase.IDLE);

    private final Lifecycle<Phase> lifecycle = new Lifecycle<>(MOVES, Phase.IDLE);
    private long scheduledEventId;
    private long startedEventId;
    private long previousStartedEventId;
    private String token;
    private QueuedTask<DecisionTask> queued;
    private TaskQueue<DecisionTask> queue;
    private Deadline timeout;

    public Phase phase() {
        return lifecycle.phase();
    }

    public long scheduledEventId() {
        return scheduledEventId;
    }

    public long startedEventId() {
        return startedEventId;
    }

    public long previousStartedEventId() {
        return previousStartedEventId;
    }

    public String token() {
        return token;
    }

    public QueuedTask<DecisionTask> queued() {
        return queued;
    }

    public boolean started() {
        return lifecycle.phase() == Phase.STARTED || lifecycle.phase() == Phase.STARTED_EVENTS_UNSEEN;
    }

    public boolean completing() {
        return lifecycle.phase() == Phase.COMPLETING || lifecycle.phase() == Phase.COMPLETING_EVENTS_NEW
                || lifecycle.phase() == Phase.COMPLETING_EVENTS_UNSEEN;
    }

    /** Whether events arrived that the decider completing the task did not see. */
    public boolean unhandled() {
        return lifecycle.phase() == Phase.COMPLETING_EVENTS_UNSEEN;
    }

    public int openCount() {
        return lifecycle.phase() == Phase.IDLE ? 0 : 1;
    }

    /**
     * An event that needs the decider was recorded. Returns whether a task must be scheduled for
     * it now (none is scheduled or started); otherwise the phase remembers it.
     */
    public boolean eventArrived() {
        switch (lifecycle.phase()) {
            case IDLE:
                return true;
            case STARTED, STARTED_EVENTS_UNSEEN:
                lifecycle.moveTo(Phase.STARTED_EVENTS_UNSEEN);
                break;
            case COMPLETING, COMPLETING_EVENTS_NEW:
                lifecycle.moveTo(Phase.COMPLETING_EVENTS_NEW);
                break;
            case COMPLETING_EVENTS_UNSEEN:
                lifecycle.moveTo(Phase.COMPLETING_EVENTS_UNSEEN);
                break;
            default:
                break;
        }
        return false;
    }

    /** DecisionTaskScheduled, recorded as event {@code eventId}. */
    public void scheduled(long eventId) {
        lifecycle.moveTo(Phase.SCHEDULED);
        scheduledEventId = eventId;
    }

    /** The scheduled task waits on {@code on} as {@code entry} until {@code toStart}. */
    public void queued(TaskQueue<DecisionTask> on, QueuedTask<DecisionTask> entry, Deadline toStart) {
        queue = on;
        queued = entry;
        timeout = toStart;
    }

    /** DecisionTaskStarted, recorded as event {@code eventId}: off its list. */
    public void started(long eventId) {
        lifecycle.moveTo(Phase.STARTED);
        startedEventId = eventId;
        queued = null;
        Deadline.cancelIfArmed(timeout);
        timeout = null;
    }

    /** A poll took it with {@code issued} (a TokenIssued change, not an event). */
    public void tokenIssued(String issued) {
        token = issued;
    }

    /** Its start-to-close deadline. */
    public void startArmed(Deadline toClose) {
        timeout = toClose;
    }

    /** DecisionTaskCompleted: the task stays open while its decisions are applied. */
    public void completed() {
        lifecycle.moveTo(lifecycle.phase() == Phase.STARTED_EVENTS_UNSEEN
                ? Phase.COMPLETING_EVENTS_UNSEEN : Phase.COMPLETING);
        Deadline.cancelIfArmed(timeout);
        timeout = null;
        token = null;
        previousStartedEventId = startedEventId;
        startedEventId = 0;
        scheduledEventId = 0;
    }

    /** The decisions are applied. Returns whether events arrived meanwhile that need a new task. */
    public boolean completingEnded() {
        boolean again = lifecycle.phase() != Phase.COMPLETING;
        lifecycle.moveTo(Phase.IDLE);
        return again;
    }

    /** DecisionTaskTimedOut (either timeout). Returns whether a decider held it. */
    public boolean timedOut() {
        boolean wasStarted = started();
        lifecycle.moveTo(Phase.IDLE);
        withdraw();
        token = null;
        startedEventId = 0;
        scheduledEventId = 0;
        return wasStarted;
    }

    /** The run closed: a scheduled task is withdrawn, a started one revoked. Returns whether a decider held it. */
    public boolean runClosed() {
        if (completing() || lifecycle.phase() == Phase.IDLE) {
            return false;
        }
        boolean wasStarted = timedOut();
        return wasStarted;
    }

    private void withdraw() {
        if (queued != null) {
            queue.remove(queued);
            queued = null;
        }
        Deadline.cancelIfArmed(timeout);
        timeout = null;
    }
}
