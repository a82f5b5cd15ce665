package dev.swfrelay.emulator.fault;

import dev.swfrelay.core.model.ActivityType;
import dev.swfrelay.core.model.TaskList;
import dev.swfrelay.core.model.WorkflowExecution;
import java.util.Objects;

/**
 * What one call names, as fault rules match it: its operation's wire name and, where its request
 * carries them, domain, task list, workflow id and activity type ({@code null}: not in the
 * request). An answer that carries only a task token names its task by {@link #taskToken}.
 */
public record CallTarget(String operation, String domain, String taskList, String workflowId, String activityType,
                         String taskToken) {

    public CallTarget {
        Objects.requireNonNull(operation, "operation");
    }

    static String name(TaskList taskList) {
        return taskList == null ? null : taskList.name();
    }

    static String name(ActivityType type) {
        return type == null ? null : type.name();
    }

    static String workflowId(WorkflowExecution execution) {
        return execution == null ? null : execution.workflowId();
    }
}
