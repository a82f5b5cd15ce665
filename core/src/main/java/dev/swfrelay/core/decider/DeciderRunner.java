package dev.swfrelay.core.decider;

import dev.swfrelay.core.model.DecisionTask;
import dev.swfrelay.core.model.TaskList;
import dev.swfrelay.core.model.decision.Decision;
import dev.swfrelay.core.port.DecisionTaskSource;
import dev.swfrelay.core.runtime.LoopBuilder;
import dev.swfrelay.core.runtime.LoopSettings;
import dev.swfrelay.core.runtime.PollingLoop;
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

    private DeciderRunner(Builder builder, TaskList taskList, LoopSettings settings) {
        this.source = builder.source;
        this.decider = builder.decider;
        this.taskList = taskList;
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
    public static final class Builder extends LoopBuilder<Builder> {
        private final DecisionTaskSource source;
        private final Decider decider;

        private Builder(DecisionTaskSource source, Decider decider) {
            this.source = Objects.requireNonNull(source, "source");
            this.decider = Objects.requireNonNull(decider, "decider");
        }

        @Override
        protected Builder self() {
            return this;
        }

        public DeciderRunner build() {
            return new DeciderRunner(this, requiredTaskList("DeciderRunner"), settings("decider"));
        }
    }
}
