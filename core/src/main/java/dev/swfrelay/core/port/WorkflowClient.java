package dev.swfrelay.core.port;

import dev.swfrelay.core.api.ListClosedWorkflowExecutionsRequest;
import dev.swfrelay.core.api.ListOpenWorkflowExecutionsRequest;
import dev.swfrelay.core.api.RequestCancelWorkflowExecutionRequest;
import dev.swfrelay.core.api.SignalWorkflowExecutionRequest;
import dev.swfrelay.core.api.StartWorkflowExecutionRequest;
import dev.swfrelay.core.api.TerminateWorkflowExecutionRequest;
import dev.swfrelay.core.model.HistoryEvent;
import dev.swfrelay.core.model.Run;
import dev.swfrelay.core.model.WorkflowExecution;
import dev.swfrelay.core.model.WorkflowExecutionDetail;
import dev.swfrelay.core.model.WorkflowExecutionInfo;
import java.util.List;

/** What a program that owns workflows does with them: start, steer, inspect. */
public interface WorkflowClient {

    Run start(StartWorkflowExecutionRequest request);

    void signal(SignalWorkflowExecutionRequest request);

    void requestCancel(RequestCancelWorkflowExecutionRequest request);

    void terminate(TerminateWorkflowExecutionRequest request);

    WorkflowExecutionDetail describe(String domain, WorkflowExecution execution);

    /** The execution's whole history, oldest first, every page fetched. */
    List<HistoryEvent> history(String domain, WorkflowExecution execution);

    /** Every matching open execution, every page fetched. */
    List<WorkflowExecutionInfo> listOpen(ListOpenWorkflowExecutionsRequest request);

    /** Every matching closed execution, every page fetched. */
    List<WorkflowExecutionInfo> listClosed(ListClosedWorkflowExecutionsRequest request);
}
