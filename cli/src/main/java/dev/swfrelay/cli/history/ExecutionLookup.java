package dev.swfrelay.cli.history;

import dev.swfrelay.cli.UserError;
import dev.swfrelay.core.api.ListClosedWorkflowExecutionsRequest;
import dev.swfrelay.core.api.ListOpenWorkflowExecutionsRequest;
import dev.swfrelay.core.model.ExecutionTimeFilter;
import dev.swfrelay.core.model.WorkflowExecution;
import dev.swfrelay.core.model.WorkflowExecutionFilter;
import dev.swfrelay.core.model.WorkflowExecutionInfo;
import dev.swfrelay.core.port.WorkflowClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Finds the run a user means by a workflow id: the given run, else the open one, else the latest. */
public final class ExecutionLookup {

    /** SWF keeps closed executions at most 90 days; look a little further back. */
    private static final Duration LOOK_BACK = Duration.ofDays(100);

    private final WorkflowClient workflows;
    private final Clock clock;

    public ExecutionLookup(WorkflowClient workflows, Clock clock) {
        this.workflows = workflows;
        this.clock = clock;
    }

    /** @param backendFlags the user's own {@code --endpoint}/{@code --region}/{@code --profile}, for the hint */
    public WorkflowExecution find(String domain, String workflowId, String runId, String backendFlags) {
        if (runId != null) {
            return new WorkflowExecution(runId, workflowId);
        }
        ExecutionTimeFilter window = new ExecutionTimeFilter(clock.instant().plusSeconds(60),
                clock.instant().minus(LOOK_BACK));
        WorkflowExecutionFilter filter = new WorkflowExecutionFilter(workflowId);
        List<WorkflowExecutionInfo> open = workflows.listOpen(ListOpenWorkflowExecutionsRequest.builder()
                .domain(domain).executionFilter(filter).startTimeFilter(window).build());
        List<WorkflowExecutionInfo> closed = open.isEmpty()
                ? workflows.listClosed(ListClosedWorkflowExecutionsRequest.builder()
                        .domain(domain).executionFilter(filter).startTimeFilter(window).build())
                : List.of();
        return Stream.concat(open.stream(), closed.stream())
                .max(Comparator.comparing(WorkflowExecutionInfo::startTimestamp))
                .map(WorkflowExecutionInfo::execution)
                .orElseThrow(() -> new UserError("no execution with workflow id '" + workflowId
                        + "' in domain " + domain + "; see the ids with: swf-relay list --domain " + domain + backendFlags));
    }
}
