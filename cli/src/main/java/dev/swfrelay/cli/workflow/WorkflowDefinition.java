package dev.swfrelay.cli.workflow;

import dev.swfrelay.core.model.Timeout;
import java.util.List;
import java.util.Objects;

/**
 * What a workflow file says: the domain, the workflow type with its decision task list and
 * timeouts, and the steps, each run after the steps its {@code after} names (by default the
 * one before it), their results its input.
 */
public record WorkflowDefinition(
        String domain,
        TypeRef workflowType,
        String taskList,
        Timeout executionStartToCloseTimeout,
        Timeout taskStartToCloseTimeout,
        List<StepDefinition> steps) {

    public WorkflowDefinition {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(workflowType, "workflowType");
        Objects.requireNonNull(taskList, "taskList");
        Objects.requireNonNull(executionStartToCloseTimeout, "executionStartToCloseTimeout");
        Objects.requireNonNull(taskStartToCloseTimeout, "taskStartToCloseTimeout");
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a workflow needs at least one step");
        }
    }

    /** The same workflow in another domain (the CLI's {@code --domain} wins over the file). */
    public WorkflowDefinition inDomain(String otherDomain) {
        return new WorkflowDefinition(otherDomain, workflowType, taskList,
                executionStartToCloseTimeout, taskStartToCloseTimeout, steps);
    }
}
