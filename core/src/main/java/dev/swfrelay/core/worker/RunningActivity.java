package dev.swfrelay.core.worker;

import dev.swfrelay.core.model.ActivityTask;
import dev.swfrelay.core.model.FaultType;
import dev.swfrelay.core.model.SwfFault;
import dev.swfrelay.core.port.ActivityTaskSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One activity task while its handler runs: heartbeats (the handler's and the automatic
 * ones), and the cancellation they report, which interrupts the handler's thread when the
 * worker is so configured.
 */
final class RunningActivity implements ActivityContext {

    private static final Logger log = LoggerFactory.getLogger(RunningActivity.class);

    private final ActivityTask task;
    private final ActivityTaskSource source;
    private final boolean interruptOnCancel;
    private final Thread handlerThread;
    private volatile String details;
    private volatile boolean cancelRequested;
    private volatile boolean unknownToSwf;
    private boolean running = true;

    RunningActivity(ActivityTask task, ActivityTaskSource source, boolean interruptOnCancel) {
        this.task = task;
        this.source = source;
        this.interruptOnCancel = interruptOnCancel;
        this.handlerThread = Thread.currentThread();
    }

    @Override
    public ActivityTask task() {
        return task;
    }

    @Override
    public boolean heartbeat(String details) {
        this.details = details;
        return beat(details);
    }

    @Override
    public boolean isCancelRequested() {
        return cancelRequested;
    }

    /**
     * The automatic heartbeat: repeats the last details; a failure is logged, not thrown.
     * Once SWF answers that it no longer knows the task (it timed out or was closed), the
     * automatic heartbeats stop.
     */
    void autoHeartbeat() {
        if (unknownToSwf) {
            return;
        }
        try {
            beat(details);
        } catch (SwfFault fault) {
            unknownToSwf = fault.type() == FaultType.UnknownResourceFault;
            log.warn("Heartbeat for activity {} of {} failed{}: {}", task.activityId(), task.workflowExecution(),
                    unknownToSwf ? " (no more automatic heartbeats)" : "", fault.toString());
        } catch (RuntimeException e) {
            log.warn("Heartbeat for activity {} of {} failed: {}", task.activityId(), task.workflowExecution(), e.toString());
        }
    }

    /** Marks the handler as ended (on its own thread) and clears an interrupt meant for it. */
    void finish() {
        synchronized (this) {
            running = false;
        }
        Thread.interrupted();
    }

    private boolean beat(String heartbeatDetails) {
        if (source.heartbeat(task.taskToken(), heartbeatDetails)) {
            onCancelRequested();
        }
        return cancelRequested;
    }

    private synchronized void onCancelRequested() {
        if (cancelRequested) {
            return;
        }
        cancelRequested = true;
        log.info("Cancellation requested for activity {} of {}", task.activityId(), task.workflowExecution());
        if (running && interruptOnCancel && Thread.currentThread() != handlerThread) {
            handlerThread.interrupt();
        }
    }
}
