package dev.swfrelay.core.decider;

import dev.swfrelay.core.model.DecisionTask;
import dev.swfrelay.core.model.TaskList;
import dev.swfrelay.core.model.decision.Decision;
import dev.swfrelay.core.port.DecisionTaskSource;
import dev.swfrelay.core.runtime.LoopSettings;
import dev.swfrelay.core.runtime.PollingLoop;
import dev.swfrelay.core.runtime.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a {@link Decider}: polls a task list for decision tasks, decides, answers.
 *
 * <pre>{@code
 * DeciderRunner runner = DeciderRunner.builder(ports.decisionTasks(), pipeline)
 *         .taskList("my_decisions").pollers(2).handlers(4).build();
 * runner.start();
 * ...
 * runner.close(Duration.ofSeconds(10));
 * }</pre>
 *
 * <p>A decider that throws does not stop the runner: the failure is logged and the task is
 * left unanswered, so SWF times it out and schedules a new one. A poll that fails (any
 * {@link RuntimeException}) is retried after an exponential back-off with jitter.
 */
public final class DeciderRunner implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DeciderRunner.class);

    private final DecisionTaskSource source;
    private final Decider decider;
    private final TaskList taskList;
    private final PollingLoop<DecisionTask> loop;

    private DeciderRunner(Builder builder) {
        this.source = builder.source;
        this.decider = builder.decider;
        this.taskList = Objects.requireNonNull(builder.taskList, "DeciderRunner needs a taskList");
        LoopSettings settings = builder.settings;
        if (settings.name().isEmpty()) {
            settings = settings.withName("decider-" + taskList.name());
        }
        this.loop = new PollingLoop<>(settings, () -> source.poll(taskList), this::decide);
    }

    public static Builder builder(DecisionTaskSource source, Decider decider) {
        return new Builder(source, decider);
    }

    public TaskList taskList() {
        return taskList;
    }

    /** Starts polling. A runner starts once. */
    public void start() {
        loop.start();
    }

    public boolean isRunning() {
        return loop.isRunning();
    }

    /**
     * Stops polling (parked polls are withdrawn) and waits up to {@code timeout} for the
     * decision tasks in flight.
     *
     * @return whether everything in flight ended within the timeout
     */
    public boolean close(Duration timeout) {
        return loop.close(timeout);
    }

    /** {@link #close(Duration)} with the builder's {@code closeTimeout} (30 s by default). */
    @Override
    public void close() {
        loop.close();
    }

    private void decide(DecisionTask task) {
        List<Decision> decisions;
        try {
            decisions = decider.decide(task);
        } catch (RuntimeException | LinkageError | AssertionError e) {
            log.error("Decider failed on {} (type {}, {} events); leaving the task to time out",
                    task.workflowExecution(), task.workflowType(), task.events().size(), e);
            return;
        }
        try {
            source.complete(task.taskToken(), decisions == null ? List.of() : decisions, null);
        } catch (RuntimeException e) {
            log.error("Answering the decision task of {} failed; SWF will time it out",
                    task.workflowExecution(), e);
        }
    }

    /** Configures a {@link DeciderRunner}; {@code taskList} is required. */
    public static final class Builder {
        private final DecisionTaskSource source;
        private final Decider decider;
        private TaskList taskList;
        private LoopSettings settings = LoopSettings.defaults("");

        private Builder(DecisionTaskSource source, Decider decider) {
            this.source = Objects.requireNonNull(source, "source");
            this.decider = Objects.requireNonNull(decider, "decider");
        }

        public Builder taskList(TaskList taskList) {
            this.taskList = Objects.requireNonNull(taskList, "taskList");
            return this;
        }

        public Builder taskList(String name) {
            return taskList(new TaskList(name));
        }

        /** Threads that long-poll (1 by default). */
        public Builder pollers(int pollers) {
            settings = settings.withPollers(pollers);
            return this;
        }

        /** Decision tasks decided at once (1 by default). */
        public Builder handlers(int handlers) {
            settings = settings.withHandlers(handlers);
            return this;
        }

        /** Back-off after failed polls: from {@code initial} doubling up to {@code max}, with jitter (100 ms to 30 s by default). */
        public Builder backOff(Duration initial, Duration max) {
            settings = settings.withBackOff(initial, max);
            return this;
        }

        /** How long {@link DeciderRunner#close()} waits for tasks in flight (30 s by default). */
        public Builder closeTimeout(Duration timeout) {
            settings = settings.withCloseTimeout(timeout);
            return this;
        }

        /** How the runner waits between failed polls (real sleep by default). */
        public Builder sleeper(Sleeper sleeper) {
            settings = settings.withSleeper(sleeper);
            return this;
        }

        /** Names the runner's threads and log lines ({@code decider-<taskList>} by default). */
        public Builder name(String name) {
            settings = settings.withName(Objects.requireNonNull(name, "name"));
            return this;
        }

        public DeciderRunner build() {
            return new DeciderRunner(this);
        }
    }
}
