package dev.swfrelay.core.runtime;

import dev.swfrelay.core.model.TaskList;
import java.time.Duration;
import java.util.Objects;

/**
 * What every poll-and-handle runtime's builder configures: the task list and the
 * {@link LoopSettings}. {@code B} is the concrete builder, returned by each setter.
 */
public abstract class LoopBuilder<B extends LoopBuilder<B>> {

    private TaskList taskList;
    private LoopSettings settings = LoopSettings.defaults("");

    protected LoopBuilder() {
    }

    protected abstract B self();

    public B taskList(TaskList taskList) {
        this.taskList = Objects.requireNonNull(taskList, "taskList");
        return self();
    }

    public B taskList(String name) {
        return taskList(new TaskList(name));
    }

    /** Threads that long-poll (1 by default). */
    public B pollers(int pollers) {
        settings = settings.withPollers(pollers);
        return self();
    }

    /** Tasks handled at once (1 by default); a poller only polls when one of these is free. */
    public B handlers(int handlers) {
        settings = settings.withHandlers(handlers);
        return self();
    }

    /** Back-off after failed polls: from {@code initial} doubling up to {@code max}, with jitter (100 ms to 30 s by default). */
    public B backOff(Duration initial, Duration max) {
        settings = settings.withBackOff(initial, max);
        return self();
    }

    /** How long {@code close()} waits for tasks in flight (30 s by default). */
    public B closeTimeout(Duration timeout) {
        settings = settings.withCloseTimeout(timeout);
        return self();
    }

    /** How the runtime waits between failed polls (real sleep by default). */
    public B sleeper(Sleeper sleeper) {
        settings = settings.withSleeper(sleeper);
        return self();
    }

    /** Names the runtime's threads and log lines ({@code <kind>-<taskList>} by default). */
    public B name(String name) {
        settings = settings.withName(Objects.requireNonNull(name, "name"));
        return self();
    }

    /** The task list; fails naming {@code runtime} when none was given. */
    protected TaskList requiredTaskList(String runtime) {
        return Objects.requireNonNull(taskList, runtime + " needs a taskList");
    }

    /** The settings, named {@code prefix-<taskList>} unless a name was given. */
    protected LoopSettings settings(String prefix) {
        return settings.name().isEmpty() ? settings.withName(prefix + "-" + taskList.name()) : settings;
    }
}
