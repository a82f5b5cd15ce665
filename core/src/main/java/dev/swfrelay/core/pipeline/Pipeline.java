package dev.swfrelay.core.pipeline;

import dev.swfrelay.core.decider.Decider;
import dev.swfrelay.core.model.DecisionTask;
import dev.swfrelay.core.model.Timeout;
import dev.swfrelay.core.model.decision.CancelTimer;
import dev.swfrelay.core.model.decision.CancelWorkflowExecution;
import dev.swfrelay.core.model.decision.CompleteWorkflowExecution;
import dev.swfrelay.core.model.decision.Decision;
import dev.swfrelay.core.model.decision.FailWorkflowExecution;
import dev.swfrelay.core.model.decision.RequestCancelActivityTask;
import dev.swfrelay.core.model.decision.ScheduleActivityTask;
import dev.swfrelay.core.model.decision.StartTimer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import dev.swfrelay.core.pipeline.StepProgress.Phase;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A {@link Decider} that runs steps, each on its own task list, each as soon as the steps it
 * runs {@linkplain Step#after() after} have completed (by default the step before it, so
 * {@code Pipeline.of(a, b, c)} is a chain). The seed's flow is
 * {@code Pipeline.of(Step.of("A", "A", "a_tasks"), Step.of("B", "B", "b_tasks"))}; a diamond is
 * {@code Pipeline.of(a, b, c.after("A"), d.after("B", "C"))}.
 *
 * <ul>
 *   <li>Inputs: a step with no dependency gets the execution's input, a step with one its
 *       result, a step with several one JSON object of their results by name
 *       ({@code {"B":"...","C":"..."}}, each result a JSON string of exactly its text, {@code null} for none).
 *       Steps that become ready together are scheduled in one decision (its decisions in
 *       pipeline order). Once every step
 *       has completed, the execution completes with the result of the one step nothing runs
 *       after, or with the JSON object of the results of all such steps.</li>
 *   <li>A failed, timed-out or unschedulable attempt is retried by the step's
 *       {@link RetryPolicy}: after a back-off {@code StartTimer} (timer id
 *       {@code retry-<step>-<next attempt>}), or at once for a zero back-off; the other
 *       steps go on meanwhile. When no attempt is left, nothing more is scheduled, the
 *       steps still running are asked to cancel ({@code RequestCancelActivityTask}, pending
 *       back-off timers canceled), and once none runs the execution fails with reason
 *       {@code step '<name>' failed after <n> attempt(s): <last error>} and the last
 *       error's details.</li>
 *   <li>A cancellation request cancels every running activity and back-off timer, then
 *       the execution once no activity runs.</li>
 *   <li>Everything is decided from the history alone (activity ids {@code <step>-<attempt>}),
 *       so a decision task that timed out, or a close decision SWF rejected because new
 *       events arrived, is simply decided again, for every open step at once. Signals,
 *       markers and events of activities and timers the pipeline did not start are
 *       ignored.</li>
 * </ul>
 */
public final class Pipeline implements Decider {

    private static final int MAX_REASON = 256;
    /** SWF's limit on an activity's input and an execution's result. */
    private static final int MAX_DATA = 32_768;

    private final List<Step> steps;
    private final Map<String, Integer> stepIndexByName;
    private final StepGraph graph;

    private Pipeline(List<Step> steps) {
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("A pipeline needs at least one step");
        }
        this.steps = List.copyOf(steps);
        this.stepIndexByName = StepGraph.indexNames(this.steps);
        this.graph = StepGraph.of(this.steps, stepIndexByName);
    }

    /**
     * @throws InvalidStepGraphException for a name used twice, an {@code after} naming no
     *     step, a cycle, or a step that waits for a cycle
     */
    public static Pipeline of(Step... steps) {
        return new Pipeline(Arrays.asList(steps));
    }

    /** @see #of(Step...) */
    public static Pipeline of(List<Step> steps) {
        return new Pipeline(steps);
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Step> steps() {
        return steps;
    }

    /** The names of the steps {@code step} runs after, its {@code after} or the default resolved. */
    public List<String> dependenciesOf(String step) {
        Integer index = stepIndexByName.get(step);
        if (index == null) {
            throw new IllegalArgumentException("no step is named '" + step + "'");
        }
        return graph.dependenciesOf(index).stream().map(i -> steps.get(i).name()).toList();
    }

    @Override
    public List<Decision> decide(DecisionTask task) {
        PipelineProgress progress = PipelineProgress.replay(this, task.events());
        if (progress.cancelRequested()) {
            return stopAll(progress, new CancelWorkflowExecution(null));
        }
        if (progress.failed() != null) {
            return stopAll(progress, failure(progress.failed()));
        }
        if (progress.allDone()) {
            return complete(progress);
        }
        return advance(progress);
    }

    /** Schedules every step whose dependencies are done and retries every failed attempt. */
    private List<Decision> advance(PipelineProgress progress) {
        List<Decision> decisions = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            StepProgress step = progress.step(i);
            if (step.phase() == Phase.PENDING && dependenciesDone(progress, i)) {
                String input = inputOf(progress, i);
                if (input != null && input.length() > MAX_DATA) {
                    return stopAll(progress, tooLong("step '" + step.step().name() + "' cannot start: its input", i, input));
                }
                decisions.add(schedule(step.step(), step.attempt() + 1, input));
            } else if (step.phase() == Phase.ATTEMPT_FAILED) {
                decisions.add(retry(progress, i));
            }
        }
        return decisions;
    }

    /** Cancels what runs; {@code close} once nothing runs any more. */
    private static List<Decision> stopAll(PipelineProgress progress, Decision close) {
        List<Decision> decisions = new ArrayList<>();
        boolean running = false;
        for (StepProgress step : progress.steps()) {
            if (step.phase() == Phase.RUNNING) {
                running = true;
                if (!step.activityCancelRequested()) {
                    decisions.add(new RequestCancelActivityTask(step.runningActivityId()));
                }
            } else if (step.phase() == Phase.BACKING_OFF) {
                decisions.add(new CancelTimer(step.timerId()));
            }
        }
        if (!running) {
            decisions.add(close);
        }
        return decisions;
    }

    private Decision retry(PipelineProgress progress, int index) {
        StepProgress step = progress.step(index);
        Duration backOff = step.step().retryPolicy().backOffAfter(step.attempt());
        if (backOff.isZero()) {
            return schedule(step.step(), step.attempt() + 1, inputOf(progress, index));
        }
        return new StartTimer(null, Timeout.of(backOff), step.backOffTimerId());
    }

    private static FailWorkflowExecution failure(StepProgress step) {
        String reason = "step '" + step.step().name() + "' failed after " + step.attempt() + " attempt(s): "
                + step.lastReason();
        return new FailWorkflowExecution(step.lastDetails(), trim(reason));
    }

    private List<Decision> complete(PipelineProgress progress) {
        List<Integer> sinks = graph.sinks();
        String result = sinks.size() == 1 ? progress.step(sinks.get(0)).result() : resultsOf(progress, sinks);
        if (result != null && result.length() > MAX_DATA) {
            return List.of(tooLong("the workflow cannot complete: its result", -1, result));
        }
        return List.of(new CompleteWorkflowExecution(result));
    }

    private boolean dependenciesDone(PipelineProgress progress, int index) {
        for (int dependency : graph.dependenciesOf(index)) {
            if (progress.step(dependency).phase() != Phase.DONE) {
                return false;
            }
        }
        return true;
    }

    /** The workflow's input, the one dependency's result, or the dependencies' results as JSON. */
    private String inputOf(PipelineProgress progress, int index) {
        List<Integer> dependencies = graph.dependenciesOf(index);
        return switch (dependencies.size()) {
            case 0 -> progress.workflowInput();
            case 1 -> progress.step(dependencies.get(0)).result();
            default -> resultsOf(progress, dependencies);
        };
    }

    private String resultsOf(PipelineProgress progress, List<Integer> stepIndexes) {
        Map<String, String> results = new LinkedHashMap<>();
        stepIndexes.forEach(i -> results.put(steps.get(i).name(), progress.step(i).result()));
        return ResultsJson.of(results);
    }

    private Decision tooLong(String what, int step, String data) {
        List<Integer> sources = step < 0 ? graph.sinks() : graph.dependenciesOf(step);
        String names = sources.stream().map(i -> steps.get(i).name()).collect(Collectors.joining(", "));
        return new FailWorkflowExecution(null, trim(what + " (the results of " + names + ") is " + data.length()
                + " characters; SWF takes at most " + MAX_DATA));
    }

    private static ScheduleActivityTask schedule(Step step, int attempt, String input) {
        return ScheduleActivityTask.builder()
                .activityId(step.activityId(attempt))
                .activityType(step.activityType())
                .taskList(step.taskList())
                .input(input)
                .scheduleToStartTimeout(step.scheduleToStartTimeout())
                .startToCloseTimeout(step.startToCloseTimeout())
                .scheduleToCloseTimeout(step.scheduleToCloseTimeout())
                .heartbeatTimeout(step.heartbeatTimeout())
                .build();
    }

    /** {@code {stepIndex, attempt}} for an activity id of this pipeline, else {@code null}. */
    int[] parseActivityId(String activityId) {
        int dash = activityId.lastIndexOf('-');
        if (dash <= 0 || dash == activityId.length() - 1) {
            return null;
        }
        Integer index = stepIndexByName.get(activityId.substring(0, dash));
        String digits = activityId.substring(dash + 1);
        if (index == null || digits.length() > 9 || !isDigits(digits)) {
            return null;
        }
        int attempt = Integer.parseInt(digits);
        return attempt < 1 ? null : new int[] {index, attempt};
    }

    private static boolean isDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static String trim(String text) {
        return text.length() <= MAX_REASON ? text : text.substring(0, MAX_REASON - 3) + "...";
    }

    /** Adds steps in pipeline order (each runs after the one before it unless it says otherwise). */
    public static final class Builder {
        private final List<Step> steps = new ArrayList<>();

        private Builder() {
        }

        public Builder step(Step step) {
            steps.add(Objects.requireNonNull(step, "step"));
            return this;
        }

        public Pipeline build() {
            return new Pipeline(steps);
        }
    }
}
