package dev.swfrelay.it.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.swfrelay.core.api.ListClosedWorkflowExecutionsRequest;
import dev.swfrelay.core.api.ListOpenWorkflowExecutionsRequest;
import dev.swfrelay.core.api.RequestCancelWorkflowExecutionRequest;
import dev.swfrelay.core.api.SignalWorkflowExecutionRequest;
import dev.swfrelay.core.api.StartWorkflowExecutionRequest;
import dev.swfrelay.core.api.TerminateWorkflowExecutionRequest;
import dev.swfrelay.core.model.CloseStatus;
import dev.swfrelay.core.model.EventType;
import dev.swfrelay.core.model.ExecutionStatus;
import dev.swfrelay.core.model.ExecutionTimeFilter;
import dev.swfrelay.core.model.FaultType;
import dev.swfrelay.core.model.HistoryEvent;
import dev.swfrelay.core.model.SwfFault;
import dev.swfrelay.core.model.WorkflowExecution;
import dev.swfrelay.core.model.WorkflowExecutionDetail;
import dev.swfrelay.core.model.WorkflowExecutionFilter;
import dev.swfrelay.core.model.WorkflowExecutionInfo;
import dev.swfrelay.core.model.event.WorkflowExecutionSignaled;
import dev.swfrelay.core.model.event.WorkflowExecutionTerminated;
import dev.swfrelay.core.port.WorkflowClient;
import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** {@link WorkflowClient}: start, steer and inspect executions, on every backend. */
abstract class WorkflowClientContract extends ContractSuite {

    private WorkflowClient client() {
        return fx.ports.workflows();
    }

    @Test
    void startOpensExecutionWithOneDecisionTask() {
        WorkflowExecution execution = fx.start();

        WorkflowExecutionDetail detail = client().describe(fx.domain, execution);

        assertThat(execution.runId()).isNotBlank();
        assertThat(detail.executionInfo().execution()).isEqualTo(execution);
        assertThat(detail.executionInfo().executionStatus()).isEqualTo(ExecutionStatus.OPEN);
        assertThat(detail.executionInfo().workflowType()).isEqualTo(Fixture.WORKFLOW);
        assertThat(detail.openCounts().openDecisionTasks()).isEqualTo(1);
        assertThat(fx.eventTypes(execution))
                .containsExactly(EventType.WorkflowExecutionStarted, EventType.DecisionTaskScheduled);
    }

    @Test
    void startingOpenWorkflowIdAgainIsAlreadyStarted() {
        WorkflowExecution execution = fx.start();

        assertThatThrownBy(() -> fx.start(execution.workflowId(), "again"))
                .isInstanceOfSatisfying(SwfFault.class,
                        fault -> assertThat(fault.type()).isEqualTo(FaultType.WorkflowExecutionAlreadyStartedFault));
    }

    @Test
    void signalIsRecordedWithNameAndInput() {
        WorkflowExecution execution = fx.start();

        client().signal(new SignalWorkflowExecutionRequest(fx.domain, "go", execution.runId(), "proceed",
                execution.workflowId()));

        WorkflowExecutionSignaled signaled = fx.last(execution, WorkflowExecutionSignaled.class);
        assertThat(signaled.signalName()).isEqualTo("proceed");
        assertThat(signaled.input()).isEqualTo("go");
    }

    @Test
    void cancelRequestIsRecorded() {
        WorkflowExecution execution = fx.start();

        client().requestCancel(new RequestCancelWorkflowExecutionRequest(fx.domain, null, execution.workflowId()));

        assertThat(fx.eventTypes(execution)).contains(EventType.WorkflowExecutionCancelRequested);
        assertThat(client().describe(fx.domain, execution).executionInfo().cancelRequested()).isTrue();
    }

    @Test
    void terminateClosesExecutionAndListsItClosed() {
        WorkflowExecution execution = fx.start();

        client().terminate(TerminateWorkflowExecutionRequest.builder().domain(fx.domain)
                .workflowId(execution.workflowId()).reason("test over").build());

        assertThat(fx.last(execution, WorkflowExecutionTerminated.class).reason()).isEqualTo("test over");
        List<WorkflowExecutionInfo> closed = client().listClosed(ListClosedWorkflowExecutionsRequest.builder()
                .domain(fx.domain).startTimeFilter(new ExecutionTimeFilter(null, Instant.EPOCH))
                .executionFilter(new WorkflowExecutionFilter(execution.workflowId())).build());
        assertThat(closed).extracting(WorkflowExecutionInfo::execution).containsExactly(execution);
        assertThat(closed.get(0).closeStatus()).isEqualTo(CloseStatus.TERMINATED);
    }

    @Test
    void listOpenFindsExecutionByWorkflowId() {
        WorkflowExecution execution = fx.start();
        fx.start();

        List<WorkflowExecutionInfo> open = client().listOpen(ListOpenWorkflowExecutionsRequest.builder()
                .domain(fx.domain).startTimeFilter(new ExecutionTimeFilter(null, Instant.EPOCH))
                .executionFilter(new WorkflowExecutionFilter(execution.workflowId())).build());

        assertThat(open).extracting(WorkflowExecutionInfo::execution).containsExactly(execution);
    }

    @Test
    void historyOfLongExecutionIsWhole() {
        assumeNotLive("1,100 signals would be throttled on a real account");
        WorkflowExecution execution = fx.start();
        for (int i = 0; i < 1_100; i++) {
            client().signal(new SignalWorkflowExecutionRequest(fx.domain, null, null, "s" + i, execution.workflowId()));
        }

        List<HistoryEvent> history = fx.history(execution);

        assertThat(history).extracting(HistoryEvent::eventId)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 1_102).boxed().toList());
    }

    @Test
    void unknownDomainIsUnknownResource() {
        assertThatThrownBy(() -> client().start(StartWorkflowExecutionRequest.builder()
                .domain("no-such-domain-" + fx.id).workflowId("w").workflowType(Fixture.WORKFLOW).build()))
                .isInstanceOfSatisfying(SwfFault.class,
                        fault -> assertThat(fault.type()).isEqualTo(FaultType.UnknownResourceFault));
    }
}
