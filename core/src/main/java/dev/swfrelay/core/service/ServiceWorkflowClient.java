package dev.swfrelay.core.service;

import dev.swfrelay.core.api.DescribeWorkflowExecutionRequest;
import dev.swfrelay.core.api.GetWorkflowExecutionHistoryRequest;
import dev.swfrelay.core.api.ListClosedWorkflowExecutionsRequest;
import dev.swfrelay.core.api.ListOpenWorkflowExecutionsRequest;
import dev.swfrelay.core.api.RequestCancelWorkflowExecutionRequest;
import dev.swfrelay.core.api.SignalWorkflowExecutionRequest;
import dev.swfrelay.core.api.StartWorkflowExecutionRequest;
import dev.swfrelay.core.api.SwfService;
import dev.swfrelay.core.api.TerminateWorkflowExecutionRequest;
import dev.swfrelay.core.model.History;
import dev.swfrelay.core.model.HistoryEvent;
import dev.swfrelay.core.model.Run;
import dev.swfrelay.core.model.WorkflowExecution;
import dev.swfrelay.core.model.WorkflowExecutionDetail;
import dev.swfrelay.core.model.WorkflowExecutionInfo;
import dev.swfrelay.core.model.WorkflowExecutionInfos;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The workflow client on an {@link SwfService}, following every page of histories and listings. */
final class ServiceWorkflowClient implements dev.swfrelay.core.port.WorkflowClient {

    private final SwfService service;

    ServiceWorkflowClient(SwfService service) {
        this.service = service;
    }

    @Override
    public Run start(StartWorkflowExecutionRequest request) {
        return service.startWorkflowExecution(request);
    }

    @Override
    public void signal(SignalWorkflowExecutionRequest request) {
        service.signalWorkflowExecution(request);
    }

    @Override
    public void requestCancel(RequestCancelWorkflowExecutionRequest request) {
        service.requestCancelWorkflowExecution(request);
    }

    @Override
    public void terminate(TerminateWorkflowExecutionRequest request) {
        service.terminateWorkflowExecution(request);
    }

    @Override
    public WorkflowExecutionDetail describe(String domain, WorkflowExecution execution) {
        return service.describeWorkflowExecution(new DescribeWorkflowExecutionRequest(domain, execution));
    }

    @Override
    public List<HistoryEvent> history(String domain, WorkflowExecution execution) {
        GetWorkflowExecutionHistoryRequest first = GetWorkflowExecutionHistoryRequest.builder()
                .domain(domain).execution(execution).build();
        List<HistoryEvent> events = new ArrayList<>();
        String next = null;
        do {
            History page = service.getWorkflowExecutionHistory(first.toBuilder().nextPageToken(next).build());
            events.addAll(page.events());
            next = page.nextPageToken();
        } while (next != null);
        return events;
    }

    @Override
    public List<WorkflowExecutionInfo> listOpen(ListOpenWorkflowExecutionsRequest request) {
        return allPages(token -> service.listOpenWorkflowExecutions(request.toBuilder().nextPageToken(token).build()));
    }

    @Override
    public List<WorkflowExecutionInfo> listClosed(ListClosedWorkflowExecutionsRequest request) {
        return allPages(token -> service.listClosedWorkflowExecutions(request.toBuilder().nextPageToken(token).build()));
    }

    private static List<WorkflowExecutionInfo> allPages(Function<String, WorkflowExecutionInfos> fetch) {
        List<WorkflowExecutionInfo> infos = new ArrayList<>();
        String next = null;
        do {
            WorkflowExecutionInfos page = fetch.apply(next);
            infos.addAll(page.executionInfos());
            next = page.nextPageToken();
        } while (next != null);
        return infos;
    }
}
