package dev.swfrelay.emulator.engine.visibility;

import dev.swfrelay.emulator.engine.registry.DomainRegistry;
import dev.swfrelay.emulator.engine.run.state.Execution;
import dev.swfrelay.emulator.engine.run.state.ExecutionStore;
import dev.swfrelay.emulator.engine.registry.Pages;
import dev.swfrelay.emulator.engine.throttle.SwfQuotas;
import dev.swfrelay.emulator.engine.throttle.Throttle;
import dev.swfrelay.emulator.engine.clock.VirtualClock;
import dev.swfrelay.core.api.CountClosedWorkflowExecutionsRequest;
import dev.swfrelay.core.api.CountOpenWorkflowExecutionsRequest;
import dev.swfrelay.core.api.DescribeWorkflowExecutionRequest;
import dev.swfrelay.core.api.GetWorkflowExecutionHistoryRequest;
import dev.swfrelay.core.api.ListClosedWorkflowExecutionsRequest;
import dev.swfrelay.core.api.ListOpenWorkflowExecutionsRequest;
import dev.swfrelay.core.model.ExecutionStatus;
import dev.swfrelay.core.model.History;
import dev.swfrelay.core.model.HistoryEvent;
import dev.swfrelay.core.model.WorkflowExecutionCount;
import dev.swfrelay.core.model.WorkflowExecutionDetail;
import dev.swfrelay.core.model.WorkflowExecutionFilter;
import dev.swfrelay.core.model.WorkflowExecutionInfo;
import dev.swfrelay.core.model.WorkflowExecutionInfos;
import dev.swfrelay.core.model.WorkflowExecutionOpenCounts;
import dev.swfrelay.core.model.TagFilter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** SWF's visibility operations on runs: describe, history (paged), and listing or counting open and closed runs. */
public final class Visibility {

    private final DomainRegistry domains;
    private final ExecutionStore store;
    private final VirtualClock clock;
    private final int maxPageSize;
    private final Throttle throttle;

    public Visibility(DomainRegistry domains, ExecutionStore store, VirtualClock clock, int maxPageSize, Throttle throttle) {
        this.domains = domains;
        this.store = store;
        this.clock = clock;
        this.maxPageSize = maxPageSize;
        this.throttle = throttle;
    }

    public WorkflowExecutionDetail describe(DescribeWorkflowExecutionRequest r) {
        domains.get(r.domain());
        Execution e = store.get(r.domain(), r.execution(), clock.now());
        return e.locked(() -> new WorkflowExecutionDetail(e.config().toModel(), info(e), e.latestActivityTaskTimestamp(),
                e.latestExecutionContext(), new WorkflowExecutionOpenCounts(e.open().activityCount(),
                        e.open().childCount(), e.decision().openCount() > 0 ? 1 : 0, 0, e.open().timerCount())));
    }

    public History history(GetWorkflowExecutionHistoryRequest r) {
        domains.get(r.domain());
        Execution e = store.get(r.domain(), r.execution(), clock.now());
        if (throttle.isOn()) {
            throttle.admit(e.buckets(), SwfQuotas.Run.GET_WORKFLOW_EXECUTION_HISTORY);
        }
        List<HistoryEvent> events = e.locked(() -> new ArrayList<>(e.history()));
        if (Boolean.TRUE.equals(r.reverseOrder())) {
            java.util.Collections.reverse(events);
        }
        Pages.Page<HistoryEvent> page = Pages.page(events, "history:" + e.id().runId() + ":" + r.reverseOrder(),
                r.maximumPageSize(), r.nextPageToken(), maxPageSize);
        return new History(page.items(), page.nextPageToken());
    }

    public WorkflowExecutionInfos listOpen(ListOpenWorkflowExecutionsRequest r) {
        ExecutionQuery q = new ExecutionQuery(r.startTimeFilter(), null, workflowId(r.executionFilter()),
                r.typeFilter(), tag(r.tagFilter()), null);
        return list(q, open(r.domain(), q), r.reverseOrder(), r.maximumPageSize(), r.nextPageToken(), "open");
    }

    public WorkflowExecutionInfos listClosed(ListClosedWorkflowExecutionsRequest r) {
        ExecutionQuery q = new ExecutionQuery(r.startTimeFilter(), r.closeTimeFilter(), workflowId(r.executionFilter()),
                r.typeFilter(), tag(r.tagFilter()), r.closeStatusFilter() == null ? null : r.closeStatusFilter().status());
        return list(q, closed(r.domain(), q), r.reverseOrder(), r.maximumPageSize(), r.nextPageToken(), "closed");
    }

    public WorkflowExecutionCount countOpen(CountOpenWorkflowExecutionsRequest r) {
        ExecutionQuery q = new ExecutionQuery(r.startTimeFilter(), null, workflowId(r.executionFilter()),
                r.typeFilter(), tag(r.tagFilter()), null);
        return new WorkflowExecutionCount(open(r.domain(), q).size(), false);
    }

    public WorkflowExecutionCount countClosed(CountClosedWorkflowExecutionsRequest r) {
        ExecutionQuery q = new ExecutionQuery(r.startTimeFilter(), r.closeTimeFilter(), workflowId(r.executionFilter()),
                r.typeFilter(), tag(r.tagFilter()), r.closeStatusFilter() == null ? null : r.closeStatusFilter().status());
        return new WorkflowExecutionCount(closed(r.domain(), q).size(), false);
    }

    private List<WorkflowExecutionInfo> open(String domain, ExecutionQuery q) {
        domains.get(domain);
        Collection<Execution> runs;
        if (q.workflowId() == null) {
            runs = store.open(domain);
        } else {
            Execution open = store.openRun(domain, q.workflowId());
            runs = open == null ? List.of() : List.of(open);
        }
        return matching(runs, q, ExecutionStatus.OPEN);
    }

    private List<WorkflowExecutionInfo> closed(String domain, ExecutionQuery q) {
        domains.get(domain);
        Instant now = clock.now();
        return matching(q.workflowId() == null ? store.all(domain, now) : store.all(domain, q.workflowId(), now), q,
                ExecutionStatus.CLOSED);
    }

    private List<WorkflowExecutionInfo> matching(Collection<Execution> runs, ExecutionQuery q, ExecutionStatus status) {
        List<WorkflowExecutionInfo> result = new ArrayList<>();
        for (Execution e : runs) {
            WorkflowExecutionInfo info = e.locked(() -> info(e));
            if (info.executionStatus() == status && q.matches(info)) {
                result.add(info);
            }
        }
        return result;
    }

    private WorkflowExecutionInfos list(ExecutionQuery q, List<WorkflowExecutionInfo> infos, Boolean reverse,
                                        Integer max, String token, String kind) {
        Comparator<WorkflowExecutionInfo> newestFirst = Comparator.comparing(q::sortKey, Comparator.reverseOrder());
        infos.sort(Boolean.TRUE.equals(reverse) ? newestFirst.reversed() : newestFirst);
        Pages.Page<WorkflowExecutionInfo> page = Pages.page(infos, kind, max, token,
                maxPageSize);
        return new WorkflowExecutionInfos(page.items(), page.nextPageToken());
    }

    public static WorkflowExecutionInfo info(Execution e) {
        boolean open = e.isOpen();
        return new WorkflowExecutionInfo(e.cancelRequested(), e.closeStatus(), e.closeTimestamp(), e.id(),
                open ? ExecutionStatus.OPEN : ExecutionStatus.CLOSED, e.parent(), e.startTimestamp(),
                e.config().tags().isEmpty() ? null : e.config().tags(), e.type());
    }

    private static String workflowId(WorkflowExecutionFilter filter) {
        return filter == null ? null : filter.workflowId();
    }

    private static String tag(TagFilter filter) {
        return filter == null ? null : filter.tag();
    }
}
