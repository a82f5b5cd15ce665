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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link Decider} that runs its steps in order: the first step gets the execution's
 * input, each next step the previous step's result, and the last result completes the
 * execution. The seed's flow is
 * {@code Pipeline.of(Step.of("A", "A", "a_tasks"), Step.of("B", "B", "b_tasks"))}.
 *
 * <ul>
 *   <li>A failed, timed-out or unschedulable attempt is retried by the step's
 *       {@link RetryPolicy}: after a back-off {@code StartTimer} (timer id
 *       {@code retry-<step>-<next attempt>}), or at once for a zero back-off. When no attempt
 *       is left, the execution fails with reason {@code step '<name>' failed after <n>
 *       attempt(s): <last error>} and the last error's details.</li>
 *   <li>A cancellation request cancels the running activity, then the execution once the
 *       activity has closed (at once when nothing runs; a pending back-off timer is
 *       canceled with it).</li>
 *   <li>Everything is decided from the history alone (activity ids {@code <step>-<attempt>}),
 *       so a decision task that timed out, or a close decision SWF rejected because new
 *       events arrived, is simply decided again. Signals, markers and events of activities
 *       and timers the pipeline did not start are ignored.</li>
 * </ul>
 */
public final class Pipeline implements Decider {

    private static final int MAX_REASON = 256;

    private final List<Step> steps;
    private final Map<String, Integer> stepIndexByName = new HashMap<>();

    private Pipeline(List<Step> steps) {
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("A pipeline needs at least one step");
        }
        this.steps = List.copyOf(steps);
        for (int i = 0; i < this.steps.size(); i++) {
            if (stepIndexByName.putIfAbsent(this.steps.get(i).name(), i) != null) {
                throw new IllegalArgumentException("Step names must be unique; '" + this.steps.get(i).name()
                        + "' is used twice");
            }
        }
    }

    public static Pipeline of(Step... steps) {
        return new Pipeline(Arrays.asList(steps));
    }

    public static Pipeline of(List<Step> steps) {
        return new Pipeline(steps);
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Step> steps() {
        return steps;
    }

    @Override
    public List<Decision> decide(DecisionTask task) {
        PipelineProgress progress = PipelineProgress.replay(this, task.events());
        if (progress.cancelRequested()) {
            return decideCancel(progress);
        }
        return switch (progress.phase()) {
            case READY -> List.of(schedule(progress.currentStep(), progress.attempt() + 1, progress.stepInput()));
            case ATTEMPT_FAILED -> List.of(retryOrFail(progress));
            case DONE -> List.of(new CompleteWorkflowExecution(progress.stepInput()));
            case RUNNING, BACKING_OFF -> List.of();
        };
    }

    private List<Decision> decideCancel(PipelineProgress progress) {
        return switch (progress.phase()) {
            case RUNNING -> progress.activityCancelRequested()
                    ? List.of() : List.of(new RequestCancelActivityTask(progress.runningActivityId()));
            case BACKING_OFF -> List.of(new CancelTimer(progress.timerId()), new CancelWorkflowExecution(null));
            case READY, ATTEMPT_FAILED, DONE -> List.of(new CancelWorkflowExecution(null));
        };
    }

    private Decision retryOrFail(PipelineProgress progress) {
        Step step = progress.currentStep();
        int attempt = progress.attempt();
        if (!step.retryPolicy().allowsAttemptAfter(attempt)) {
            String reason = "step '" + step.name() + "' failed after " + attempt + " attempt(s): " + progress.lastReason();
            return new FailWorkflowExecution(progress.lastDetails(), trim(reason));
        }
        Duration backOff = step.retryPolicy().backOffAfter(attempt);
        if (backOff.isZero()) {
            return schedule(step, attempt + 1, progress.stepInput());
        }
        return new StartTimer(null, Timeout.of(backOff), progress.backOffTimerId());
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
        if (index == null || digits.length() > 9 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        int attempt = Integer.parseInt(digits);
        return attempt < 1 ? null : new int[] {index, attempt};
    }

    private static String trim(String text) {
        return text.length() <= MAX_REASON ? text : text.substring(0, MAX_REASON - 3) + "...";
    }

    /** Adds steps in the order they run. */
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
