package dev.swfrelay.cli.worker;

import dev.swfrelay.cli.script.ScriptActivity;
import dev.swfrelay.cli.script.ScriptCommand;
import dev.swfrelay.cli.script.ScriptRunner;
import dev.swfrelay.cli.workflow.TypeRef;
import dev.swfrelay.core.api.SwfService;
import dev.swfrelay.core.port.ActivityTaskSource;
import dev.swfrelay.core.worker.ActivityWorker;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A worker that runs a script per activity task of one task list: {@code concurrency} at
 * once, each heartbeating while it runs. {@link #drain} stops polling and waits for the
 * scripts; {@link #kill} stops them.
 */
public final class ScriptWorker {

    private final ActivityWorker worker;
    private final ScriptActivity activity;

    private ScriptWorker(ActivityWorker worker, ScriptActivity activity) {
        this.worker = worker;
        this.activity = activity;
    }

    /**
     * A worker running {@code command} for each task on {@code taskList}.
     *
     * @param settings among them {@code only}, the one activity type to run (null for any), and
     *        {@code timeout}, how long a script may run (null for the activity type's default)
     */
    public static ScriptWorker create(SwfService service, ActivityTaskSource tasks, String domain,
            String taskList, ScriptCommand command, Settings settings, Consumer<String> log) {
        Objects.requireNonNull(settings, "settings");
        ScriptActivity activity = new ScriptActivity(new ScriptRunner(command, settings.grace()),
                settings.heartbeat(), log);
        ScriptHandler handler = new ScriptHandler(activity,
                new TaskTimeouts(service, domain, settings.timeout()), settings.only(), log);
        ActivityWorker worker = ActivityWorker.builder(tasks, handler)
                .taskList(taskList)
                .pollers(Math.min(settings.concurrency(), 2))
                .handlers(settings.concurrency())
                .heartbeatInterval(Duration.ZERO)
                .interruptOnCancel(false)
                .name("worker-" + taskList)
                .build();
        return new ScriptWorker(worker, activity);
    }

    public void start() {
        worker.start();
    }

    /** How many scripts run now. */
    public int running() {
        return activity.running();
    }

    /** Stops polling and waits for the scripts that run to end (up to {@code timeout}). */
    public boolean drain(Duration timeout) {
        return worker.close(timeout);
    }

    /** Stops every script now (TERM, then KILL); their tasks are reported failed. */
    public void kill(String why) {
        activity.stopAll(why);
    }

    /**
     * @param only the one activity type the worker runs, null for any
     * @param timeout how long a script may run, null for the type's registered default
     * @param heartbeat time between heartbeats (and checks for cancellation)
     * @param grace time between TERM and KILL when a script is stopped
     */
    public record Settings(TypeRef only, int concurrency, Duration timeout, Duration heartbeat, Duration grace) {

        public Settings {
            if (concurrency < 1) {
                throw new IllegalArgumentException("concurrency must be at least 1, was " + concurrency);
            }
            Objects.requireNonNull(heartbeat, "heartbeat");
            Objects.requireNonNull(grace, "grace");
        }
    }
}
