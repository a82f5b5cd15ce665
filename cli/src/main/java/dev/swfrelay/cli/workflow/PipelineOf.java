package dev.swfrelay.cli.workflow;

import dev.swfrelay.core.model.ActivityType;
import dev.swfrelay.core.model.TaskList;
import dev.swfrelay.core.pipeline.Pipeline;
import dev.swfrelay.core.pipeline.RetryPolicy;
import dev.swfrelay.core.pipeline.Step;

/** The pipeline decider a workflow file defines: its steps, each after the steps it names (or the one before), with its retries. */
public final class PipelineOf {

    private PipelineOf() {
    }

    public static Pipeline workflow(WorkflowDefinition workflow) {
        return Pipeline.of(workflow.steps().stream().map(PipelineOf::step).toList());
    }

    static Step step(StepDefinition step) {
        return new Step(step.name(),
                new ActivityType(step.activityType().name(), step.activityType().version()),
                new TaskList(step.taskList()),
                step.scheduleToStartTimeout(),
                step.startToCloseTimeout(),
                step.scheduleToCloseTimeout(),
                step.heartbeatTimeout(),
                step.retries() == 0 ? RetryPolicy.noRetries()
                        : RetryPolicy.exponential(step.maxAttempts(), step.retryDelay()),
                step.after());
    }
}
