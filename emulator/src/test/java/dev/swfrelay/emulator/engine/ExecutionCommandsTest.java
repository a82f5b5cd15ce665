package dev.swfrelay.emulator.engine;

import static dev.swfrelay.emulator.engine.EngineFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.swfrelay.core.api.*;
import dev.swfrelay.core.model.*;
import dev.swfrelay.core.model.decision.CancelWorkflowExecution;
import dev.swfrelay.core.model.event.*;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ExecutionCommandsTest {

    private final EngineFixture f = new EngineFixture();

    @AfterEach
    void close() {
        f.close();
    }

    private static FaultType fault(Runnable call) {
        try {
            call.run();
        } catch (SwfFault fault) {
            return fault.type();
        }
        throw new AssertionError("no fault");
    }

    @Test
    void startFaultsAreSwfs() {
        f.start("wf");
        assertThat(fault(() -> f.start("wf"))).isEqualTo(FaultType.WorkflowExecutionAlreadyStartedFault);
        assertThat(fault(() -> f.start(StartWorkflowExecutionRequest.builder().domain(DOMAIN).workflowId("x")
                .workflowType(new WorkflowType("nope", "1")).build()))).isEqualTo(FaultType.UnknownResourceFault);
        f.swf.registerWorkflowType(RegisterWorkflowTypeRequest.builder().domain(DOMAIN).name("bare").version("1").build());
        assertThat(fault(() -> f.start(StartWorkflowExecutionRequest.builder().domain(DOMAIN).workflowId("x")
                .workflowType(new WorkflowType("bare", "1")).build()))).isEqualTo(FaultType.DefaultUndefinedFault);
        f.swf.deprecateWorkflowType(new DeprecateWorkflowTypeRequest(DOMAIN, new WorkflowType("bare", "1")));
        assertThat(fault(() -> f.start(StartWorkflowExecutionRequest.builder().domain(DOMAIN).workflowId("x")
                .workflowType(new WorkflowType("bare", "1")).build()))).isEqualTo(FaultType.TypeDeprecatedFault);
        assertThat(fault(() -> f.start(StartWorkflowExecutionRequest.builder().domain("missing").workflowId("x")
                .workflowType(WORKFLOW).build()))).isEqualTo(FaultType.UnknownResourceFault);
    }

    @Test
    void signalIsRecordedWithItsInput() {
        WorkflowExecution run = f.start("wf");
        f.swf.signalWorkflowExecution(SignalWorkflowExecutionRequest.builder().domain(DOMAIN).workflowId("wf")
                .runId(run.runId()).signalName("go").input("now").build());
        assertThat(f.event(run, 3).attributes()).isEqualTo(new WorkflowExecutionSignaled(null, null, "now", "go"));
        assertThat(fault(() -> f.swf.signalWorkflowExecution(SignalWorkflowExecutionRequest.builder().domain(DOMAIN)
                .workflowId("other").signalName("go").build()))).isEqualTo(FaultType.UnknownResourceFault);
    }

    @Test
    void cancelRequestThenCancelDecisionClosesAsCanceled() {
        WorkflowExecution run = f.start("wf");
        f.decide(f.pollDecision().taskToken());
        f.swf.requestCancelWorkflowExecution(RequestCancelWorkflowExecutionRequest.builder().domain(DOMAIN).workflowId("wf").build());
        assertThat(f.event(run, 5).attributes()).isEqualTo(new WorkflowExecutionCancelRequested(null, null, null));
        assertThat(f.describe(run).executionInfo().cancelRequested()).isTrue();
        f.decide(f.pollDecision().taskToken(), new CancelWorkflowExecution("bye"));
        assertThat(f.last(run).attributes()).isEqualTo(new WorkflowExecutionCanceled(8, "bye"));
        assertThat(fault(() -> f.swf.requestCancelWorkflowExecution(RequestCancelWorkflowExecutionRequest.builder()
                .domain(DOMAIN).workflowId("wf").runId(run.runId()).build()))).isEqualTo(FaultType.UnknownResourceFault);
    }

    @Test
    void terminateClosesAndWithdrawsOpenTasks() {
        WorkflowExecution run = f.start("wf");
        f.decide(f.pollDecision().taskToken(), activity("a"));
        f.swf.terminateWorkflowExecution(TerminateWorkflowExecutionRequest.builder().domain(DOMAIN).workflowId("wf")
                .reason("ops").details("d").build());
        assertThat(f.last(run).attributes()).isEqualTo(new WorkflowExecutionTerminated(
                WorkflowExecutionTerminatedCause.OPERATOR_INITIATED, ChildPolicy.TERMINATE, "d", "ops"));
        assertThat(f.swf.countPendingActivityTasks(new CountPendingActivityTasksRequest(DOMAIN, ACTIVITIES)).count()).isZero();
        assertThat(f.pollActivityOrNull()).isNull();
        assertThat(f.describe(run).executionInfo().closeStatus()).isEqualTo(CloseStatus.TERMINATED);
        f.start("wf");
    }

    @Test
    void workflowStartToCloseTimeoutClosesAsTimedOut() {
        WorkflowExecution run = f.start(StartWorkflowExecutionRequest.builder().domain(DOMAIN).workflowId("wf")
                .workflowType(WORKFLOW).executionStartToCloseTimeout(Timeout.ofSeconds(100)).build());
        f.decide(f.pollDecision().taskToken());
        f.clock.advance(Duration.ofSeconds(100));
        assertThat(f.last(run).attributes()).isEqualTo(new WorkflowExecutionTimedOut(ChildPolicy.TERMINATE,
                WorkflowExecutionTimeoutType.START_TO_CLOSE));
        assertThat(f.last(run).eventTimestamp()).isEqualTo(T0.plusSeconds(100));
        assertThat(f.describe(run).executionInfo().closeStatus()).isEqualTo(CloseStatus.TIMED_OUT);
    }
}
