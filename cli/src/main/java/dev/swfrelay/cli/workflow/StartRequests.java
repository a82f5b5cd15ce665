package dev.swfrelay.cli.workflow;

import dev.swfrelay.core.api.StartWorkflowExecutionRequest;
import dev.swfrelay.core.model.ChildPolicy;
import dev.swfrelay.core.model.TaskList;
import dev.swfrelay.core.model.WorkflowType;

/** The request that starts an execution of a workflow file's workflow, with the file's task list and timeouts. */
public final class StartRequests {

    private StartRequests() {
    }

    public static StartWorkflowExecutionRequest of(WorkflowDefinition workflow, String workflowId, String input) {
        return StartWorkflowExecutionRequest.builder()
                .domain(workflow.domain())
                .workflowId(workflowId)
                .workflowType(new WorkflowType(workflow.workflowType().name(), workflow.workflowType().version()))
                .taskList(new TaskList(workflow.taskList()))
                .executionStartToCloseTimeout(workflow.executionStartToCloseTimeout())
                .taskStartToCloseTimeout(workflow.taskStartToCloseTimeout())
                .childPolicy(ChildPolicy.TERMINATE)
                .input(input)
                .build();
    }
}
