package dev.swfrelay.cli.worker;

import dev.swfrelay.cli.DurationText;
import dev.swfrelay.cli.script.ScriptActivity;
import dev.swfrelay.cli.script.ScriptOutcome;
import dev.swfrelay.cli.script.ScriptTask;
import dev.swfrelay.cli.workflow.TypeRef;
import dev.swfrelay.core.model.ActivityTask;
import dev.swfrelay.core.model.ActivityType;
import dev.swfrelay.core.worker.ActivityContext;
import dev.swfrelay.core.worker.ActivityHandler;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The activity handler of {@code swf-relay worker}: runs the script for each task and
 * turns its outcome into the task's: completed with standard output, failed with a reason
 * and details, or canceled.
 */
final class ScriptHandler implements ActivityHandler {

    private final ScriptActivity activity;
    private final TaskTimeouts timeouts;
    private final TypeRef only;
    private final Consumer<String> log;

    /** @param only the one activity type this worker runs, null for any */
    ScriptHandler(ScriptActivity activity, TaskTimeouts timeouts, TypeRef only, Consumer<String> log) {
        this.activity = Objects.requireNonNull(activity, "activity");
        this.timeouts = Objects.requireNonNull(timeouts, "timeouts");
        this.only = only;
        this.log = Objects.requireNonNull(log, "log");
    }

    @Override
    public String handle(ActivityContext context) throws Exception {
        ActivityTask task = context.task();
        ActivityType type = task.activityType();
        String name = type.name() + ":" + type.version();
        String what = name + " (activity " + task.activityId() + " of " + task.workflowExecution().workflowId() + ")";
        if (only != null && !(only.name().equals(type.name()) && only.version().equals(type.version()))) {
            log.accept(what + ": not run, this worker runs only " + only);
            throw new ScriptFailure("this worker runs only " + only + ", not " + name,
                    "the task list has tasks of another activity type; give each its own task list");
        }
        long started = System.nanoTime();
        log.accept(what + ": started");
        ScriptOutcome outcome;
        try {
            outcome = activity.run(new ScriptTask(task.input(), task.workflowExecution().workflowId(),
                    task.workflowExecution().runId(), task.activityId(), name), timeouts.of(type),
                    () -> context.heartbeat(null));
        } catch (InterruptedException e) {
            log.accept(what + ": killed, the worker is stopping");
            throw new ScriptFailure("worker stopped while the script ran", "");
        }
        String took = DurationText.format(Duration.ofNanos(System.nanoTime() - started));
        if (outcome instanceof ScriptOutcome.Completed completed) {
            log.accept(what + ": completed in " + took);
            return completed.result();
        }
        if (outcome instanceof ScriptOutcome.Failed failed) {
            log.accept(what + ": failed after " + took + ": " + failed.reason());
            throw new ScriptFailure(failed.reason(), failed.details());
        }
        String why = ((ScriptOutcome.Stopped) outcome).why();
        log.accept(what + ": stopped after " + took + ": " + why);
        if (context.isCancelRequested()) {
            return null;
        }
        throw new ScriptFailure(why, "");
    }
}
