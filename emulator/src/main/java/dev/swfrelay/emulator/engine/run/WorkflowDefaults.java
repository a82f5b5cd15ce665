package dev.swfrelay.emulator.engine.run;

import dev.swfrelay.emulator.engine.run.state.ExecutionConfig;
import dev.swfrelay.emulator.engine.task.Priorities;
import dev.swfrelay.core.model.ChildPolicy;
import dev.swfrelay.core.model.TaskList;
import dev.swfrelay.core.model.Timeout;
import dev.swfrelay.core.model.WorkflowTypeConfiguration;
import java.util.List;

/**
 * Applies a workflow type's registered defaults to what a start request (or a child or
 * continue-as-new decision) left out. {@link #missing()} names the first setting with
 * neither a value nor a default, as SWF's *_UNDEFINED causes do.
 */
public final class WorkflowDefaults {

    public enum Missing { NONE, TASK_LIST, EXECUTION_START_TO_CLOSE_TIMEOUT, TASK_START_TO_CLOSE_TIMEOUT, CHILD_POLICY }

    private final ExecutionConfig config;
    private final Missing missing;

    private WorkflowDefaults(ExecutionConfig config, Missing missing) {
        this.config = config;
        this.missing = missing;
    }

    public static WorkflowDefaults apply(WorkflowTypeConfiguration d, ChildPolicy childPolicy, Timeout executionTimeout,
                                  String lambdaRole, TaskList taskList, String taskPriority, Timeout taskTimeout,
                                  List<String> tags) {
        TaskList list = taskList != null ? taskList : d.defaultTaskList();
        Timeout execution = executionTimeout != null ? executionTimeout : d.defaultExecutionStartToCloseTimeout();
        Timeout task = taskTimeout != null ? taskTimeout : d.defaultTaskStartToCloseTimeout();
        ChildPolicy policy = childPolicy != null ? childPolicy : d.defaultChildPolicy();
        Missing missing = list == null ? Missing.TASK_LIST
                : execution == null ? Missing.EXECUTION_START_TO_CLOSE_TIMEOUT
                : task == null ? Missing.TASK_START_TO_CLOSE_TIMEOUT
                : policy == null ? Missing.CHILD_POLICY : Missing.NONE;
        String priority = taskPriority != null ? taskPriority : d.defaultTaskPriority();
        Priorities.parse(priority);
        String role = lambdaRole != null ? lambdaRole : d.defaultLambdaRole();
        ExecutionConfig config = missing == Missing.NONE
                ? new ExecutionConfig(policy, execution, role, list, priority, task, tags) : null;
        return new WorkflowDefaults(config, missing);
    }

    public Missing missing() {
        return missing;
    }

    public ExecutionConfig config() {
        return config;
    }

    /** The setting's name as a request member, for DefaultUndefinedFault messages. */
    public static String member(Missing missing) {
        switch (missing) {
            case TASK_LIST:
                return "taskList";
            case EXECUTION_START_TO_CLOSE_TIMEOUT:
                return "executionStartToCloseTimeout";
            case TASK_START_TO_CLOSE_TIMEOUT:
                return "taskStartToCloseTimeout";
            default:
                return "childPolicy";
        }
    }
}
