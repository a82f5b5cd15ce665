package dev.swfrelay.emulator.engine.run.state;

import dev.swfrelay.emulator.engine.task.Priorities;
import dev.swfrelay.core.model.ChildPolicy;
import dev.swfrelay.core.model.TaskList;
import dev.swfrelay.core.model.Timeout;
import dev.swfrelay.core.model.WorkflowExecutionConfiguration;
import java.util.List;

/**
 * An execution's settings once its type's defaults are applied. {@code input} and
 * {@code tags} are kept for visibility and for continue-as-new.
 */
public record ExecutionConfig(ChildPolicy childPolicy, Timeout executionStartToCloseTimeout, String lambdaRole,
                              TaskList taskList, String taskPriority, Timeout taskStartToCloseTimeout,
                              List<String> tags) {

    public ExecutionConfig {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    public WorkflowExecutionConfiguration toModel() {
        return new WorkflowExecutionConfiguration(childPolicy, executionStartToCloseTimeout, lambdaRole, taskList,
                taskPriority, taskStartToCloseTimeout);
    }

    public int priority() {
        return Priorities.parse(taskPriority);
    }
}
