package dev.swfrelay.core.worker;

import dev.swfrelay.core.model.ActivityTask;
import dev.swfrelay.core.model.FaultType;
import dev.swfrelay.core.model.SwfFault;
import dev.swfrelay.core.model.TaskList;
import dev.swfrelay.core.port.ActivityTaskSource;
import dev.swfrelay.core.runtime.LoopSettings;
import dev.swfrelay.core.runtime.PollingLoop;
import dev.swfrelay.core.runtime.LoopBuilder;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs an {@link ActivityHandler} on the tasks of one task list: polls, runs the handler,
 * reports completed, failed or canceled.
 *
 * <pre>{@code
 * ActivityWorker worker = ActivityWorker.builder(ports.activityTasks(), context -> runScript(context.input()))
 *         .taskList("a_tasks").handlers(4).heartbeatInterval(Duration.ofSeconds(20)).build();
 * worker.start();
 * }</pre>
 *
 * <p><b>Heartbeats.</b> While a handler runs, the worker records a heartbeat every
 * {@code heartbeatInterval} (10 s by default), repeating the details of the handler's last
 * own heartbeat. A polled task does not say its heartbeat timeout, so set the interval to
 * well under the activity type's heartbeat timeout, e.g. with {@link
 * Builder#heartbeatTimeout(Duration)} which uses a third of it. {@link Duration#ZERO}
 * turns automatic heartbeats off.
 *
 * <p><b>Cancellation.</b> When a heartbeat reports that cancellation was requested, the
 * handler sees it through {@link ActivityContext#isCancelRequested()} and its thread is
 * interrupted (unless {@code interruptOnCancel(false)}); when the handler then ends, however
 * it ends, the task is reported canceled.
 *
 * <p><b>Failures.</b> A handler that throws fails the task: the message (or the exception's
 * class name) as reason, trimmed to 256 characters, and the stack trace as details, trimmed
 * to 32,768. A result SWF rejects as invalid fails the task with SWF's message as reason.
 */
public final class ActivityWorker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ActivityWorker.class);

    private final ActivityTaskSource source;
    private final ActivityHandler handler;
    private final TaskList taskList;
    private final Duration heartbeatInterval;
    private final boolean interruptOnCancel;
    private final ScheduledExecutorService heartbeats;
    private final PollingLoop<ActivityTask> loop;

    private ActivityWorker(Builder builder, TaskList taskList, LoopSettings settings) {
        this.source = builder.source;
        this.handler = builder.handler;
        this.taskList = taskList;
        this.heartbeatInterval = builder.heartbeatInterval;
        this.interruptOnCancel = builder.interruptOnCancel;
        this.heartbeats = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, settings.name() + "-heartbeats");
            thread.setDaemon(true);
            return thread;
        });
        this.loop = new PollingLoop<>(settings, () -> source.poll(taskList), this::run);
    }

    public static Builder builder(ActivityTaskSource source, ActivityHandler handler) {
        return new Builder(source, handler);
    }

    public TaskList taskList() {
        return taskList;
    }

    /** Starts polling. A worker starts once. */
    public void start() {
        loop.start();
    }

    public boolean isRunning() {
        return loop.isRunning();
    }

    /**
     * Stops polling (parked polls are withdrawn) and lets the tasks in flight finish for up
     * to {@code timeout}; handlers still running then are interrupted.
     *
     * @return whether everything in flight ended within the timeout
     */
    public boolean close(Duration timeout) {
        try {
            return loop.close(timeout);
        } finally {
            heartbeats.shutdownNow();
        }
    }

    /** {@link #close(Duration)} with the builder's {@code closeTimeout} (30 s by default). */
    @Override
    public void close() {
        try {
            loop.close();
        } finally {
            heartbeats.shutdownNow();
        }
    }

    private void run(ActivityTask task) {
        RunningActivity activity = new RunningActivity(task, source, interruptOnCancel);
        ScheduledFuture<?> beat = scheduleHeartbeats(activity);
        String result = null;
        Throwable failure = null;
        try {
            result = handler.handle(activity);
        } catch (Exception | Error e) {
            failure = e;
        } finally {
            if (beat != null) {
                beat.cancel(false);
            }
            activity.finish();
        }
        report(activity, result, failure);
        if (failure instanceof VirtualMachineError error) {
            throw error;
        }
    }

    private ScheduledFuture<?> scheduleHeartbeats(RunningActivity activity) {
        if (heartbeatInterval.isZero()) {
            return null;
        }
        long nanos = heartbeatInterval.toNanos();
        return heartbeats.scheduleWithFixedDelay(activity::autoHeartbeat, nanos, nanos, TimeUnit.NANOSECONDS);
    }

    private void report(RunningActivity activity, String result, Throwable failure) {
        String token = activity.task().taskToken();
        try {
            if (activity.isCancelRequested()) {
                source.canceled(token, failure == null ? null : TaskFailure.trim(failure.toString(), TaskFailure.MAX_DETAILS));
            } else if (failure != null) {
                TaskFailure reported = TaskFailure.of(failure);
                source.fail(token, reported.reason(), reported.details());
            } else {
                complete(token, result);
            }
        } catch (SwfFault fault) {
            if (fault.type() != FaultType.UnknownResourceFault) {
                reportFailed(activity, fault);
                return;
            }
            // an answer applied but lost on the way back, retried by the client, meets this too
            log.warn("SWF no longer knows the task of activity {} of {}: an earlier answer for it was applied (its "
                    + "reply lost and the call retried), or it timed out or was canceled; it is not reported again",
                    activity.task().activityId(), activity.task().workflowExecution());
        } catch (RuntimeException e) {
            reportFailed(activity, e);
        }
    }

    private void reportFailed(RunningActivity activity, RuntimeException e) {
        log.error("Reporting activity {} of {} failed ({}); SWF will time it out",
                activity.task().activityId(), activity.task().workflowExecution(), e.toString());
        log.debug("Reporting activity {} failed", activity.task().activityId(), e);
    }

    private void complete(String token, String result) {
        try {
            source.complete(token, result);
        } catch (SwfFault fault) {
            if (fault.type() != FaultType.ValidationException) {
                throw fault;
            }
            source.fail(token, TaskFailure.trim("result rejected: " + fault.getMessage(), TaskFailure.MAX_REASON), null);
        }
    }

    /** Configures an {@link ActivityWorker}; {@code taskList} is required. */
    public static final class Builder extends LoopBuilder<Builder> {
        private final ActivityTaskSource source;
        private final ActivityHandler handler;
        private Duration heartbeatInterval = Duration.ofSeconds(10);
        private boolean interruptOnCancel = true;

        private Builder(ActivityTaskSource source, ActivityHandler handler) {
            this.source = Objects.requireNonNull(source, "source");
            this.handler = Objects.requireNonNull(handler, "handler");
        }

        /** Time between automatic heartbeats (10 s by default); {@link Duration#ZERO} turns them off. */
        public Builder heartbeatInterval(Duration interval) {
            Objects.requireNonNull(interval, "heartbeatInterval");
            if (interval.isNegative()) {
                throw new IllegalArgumentException("heartbeatInterval must not be negative, was " + interval);
            }
            this.heartbeatInterval = interval;
            return this;
        }

        /** Heartbeats automatically at a third of {@code timeout}, the activity type's heartbeat timeout. */
        public Builder heartbeatTimeout(Duration timeout) {
            Objects.requireNonNull(timeout, "heartbeatTimeout");
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("heartbeatTimeout must be positive, was " + timeout);
            }
            return heartbeatInterval(timeout.dividedBy(3));
        }

        /** Whether a reported cancellation interrupts the handler's thread (true by default). */
        public Builder interruptOnCancel(boolean interrupt) {
            this.interruptOnCancel = interrupt;
            return this;
        }

        @Override
        protected Builder self() {
            return this;
        }

        public ActivityWorker build() {
            return new ActivityWorker(this, requiredTaskList("ActivityWorker"), settings("worker"));
        }
    }
}
