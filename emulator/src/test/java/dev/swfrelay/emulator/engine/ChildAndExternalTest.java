package dev.swfrelay.emulator.engine;

import static dev.swfrelay.emulator.engine.EngineFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.swfrelay.core.api.ListOpenWorkflowExecutionsRequest;
import dev.swfrelay.core.model.*;
import dev.swfrelay.core.model.decision.*;
import dev.swfrelay.core.model.event.*;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ChildAndExternalTest {

    private final EngineFixture f = new EngineFixture();

    @AfterEach
    void close() {
        f.close();
    }

    private static StartChildWorkflowExecution child(String workflowId) {
        return StartChildWorkflowExecution.builder().workflowId(workflowId).workflowType(WORKFLOW).input("child-in")
                .control("ctl").build();
    }

    @Test
    void childStartsAndItsCompletionIsReportedToTheParent() {
        WorkflowExecution parent = f.start("parent");
        f.decide(f.pollDecision().taskToken(), child("kid"));
        assertThat(f.event(parent, 5).attributes(StartChildWorkflowExecutionInitiated.class).workflowId()).isEqualTo("kid");
        ChildWorkflowExecutionStarted started = f.event(parent, 6).attributes(ChildWorkflowExecutionStarted.class);
        assertThat(started.initiatedEventId()).isEqualTo(5);
        WorkflowExecution kid = started.workflowExecution();
        assertThat(f.describe(kid).executionInfo().parent()).isEqualTo(parent);
        WorkflowExecutionStarted kidStart = f.event(kid, 1).attributes(WorkflowExecutionStarted.class);
        assertThat(kidStart.parentInitiatedEventId()).isEqualTo(5L);
        assertThat(kidStart.parentWorkflowExecution()).isEqualTo(parent);

        DecisionTask parentTask = f.pollDecision();
        DecisionTask kidTask = f.pollDecision();
        if (kidTask.workflowExecution().equals(parent)) {
            DecisionTask swap = parentTask;
            parentTask = kidTask;
            kidTask = swap;
        }
        f.decide(parentTask.taskToken());
        f.decide(kidTask.taskToken(), new CompleteWorkflowExecution("kid-result"));
        assertThat(f.last(parent).eventType()).isEqualTo(EventType.DecisionTaskScheduled);
        ChildWorkflowExecutionCompleted done = f.history(parent).stream()
                .filter(e -> e.eventType() == EventType.ChildWorkflowExecutionCompleted).findFirst().orElseThrow()
                .attributes(ChildWorkflowExecutionCompleted.class);
        assertThat(done).isEqualTo(new ChildWorkflowExecutionCompleted(5, "kid-result", 6, kid, WORKFLOW));
    }

    @Test
    void childOfAnUnknownTypeOrRunningIdFails() {
        WorkflowExecution parent = f.start("parent");
        f.start("busy");
        f.decide(f.pollDecision().taskToken(), StartChildWorkflowExecution.builder().workflowId("x")
                .workflowType(new WorkflowType("nope", "1")).build(), child("busy"));
        assertThat(f.event(parent, 5).attributes()).isEqualTo(new StartChildWorkflowExecutionFailed(
                StartChildWorkflowExecutionFailedCause.WORKFLOW_TYPE_DOES_NOT_EXIST, null, 4, 0, "x", new WorkflowType("nope", "1")));
        assertThat(f.event(parent, 8).attributes()).isEqualTo(new StartChildWorkflowExecutionFailed(
                StartChildWorkflowExecutionFailedCause.WORKFLOW_ALREADY_RUNNING, "ctl", 4, 6, "busy", WORKFLOW));
    }

    @Test
    void terminateChildPolicyAppliesWhenTheParentTimesOut() {
        WorkflowExecution parent = f.start(dev.swfrelay.core.api.StartWorkflowExecutionRequest.builder().domain(DOMAIN)
                .workflowId("parent").workflowType(WORKFLOW).executionStartToCloseTimeout(Timeout.ofSeconds(60)).build());
        f.decide(f.pollDecision().taskToken(), child("kid"));
        WorkflowExecution kid = f.event(parent, 6).attributes(ChildWorkflowExecutionStarted.class).workflowExecution();
        f.clock.advance(Duration.ofSeconds(60));
        assertThat(f.last(parent).attributes()).isEqualTo(new WorkflowExecutionTimedOut(ChildPolicy.TERMINATE,
                WorkflowExecutionTimeoutType.START_TO_CLOSE));
        assertThat(f.last(kid).attributes()).isEqualTo(new WorkflowExecutionTerminated(
                WorkflowExecutionTerminatedCause.CHILD_POLICY_APPLIED, ChildPolicy.TERMINATE, null, null));
    }

    @Test
    void theChildPolicyIsNotAppliedWhenTheParentClosesByItsOwnDecision() {
        WorkflowExecution parent = f.start("parent");
        f.decide(f.pollDecision().taskToken(), child("kid"));
        WorkflowExecution kid = f.event(parent, 6).attributes(ChildWorkflowExecutionStarted.class).workflowExecution();
        DecisionTask first = f.pollDecision();
        DecisionTask second = f.pollDecision();
        DecisionTask parentTask = first.workflowExecution().equals(parent) ? first : second;
        DecisionTask kidTask = parentTask == first ? second : first;
        f.decide(parentTask.taskToken(), new CompleteWorkflowExecution("parent done"));
        int parentEvents = f.history(parent).size();
        assertThat(f.describe(kid).executionInfo().executionStatus()).as("TERMINATE applies to terminate and timeout only")
                .isEqualTo(ExecutionStatus.OPEN);
        assertThat(f.types(kid)).doesNotContain(EventType.WorkflowExecutionCancelRequested);
        f.decide(kidTask.taskToken(), new CompleteWorkflowExecution("kid done"));
        assertThat(f.describe(kid).executionInfo().closeStatus()).isEqualTo(CloseStatus.COMPLETED);
        assertThat(f.history(parent)).hasSize(parentEvents);
    }

    @Test
    void requestCancelAndAbandonChildPoliciesOnTerminate() {
        WorkflowExecution parent = f.start("parent");
        f.decide(f.pollDecision().taskToken(), child("kid-1"), child("kid-2").toBuilder().childPolicy(ChildPolicy.ABANDON).build());
        WorkflowExecution kid1 = f.history(parent).stream().filter(e -> e.eventType() == EventType.ChildWorkflowExecutionStarted)
                .map(e -> e.attributes(ChildWorkflowExecutionStarted.class).workflowExecution())
                .filter(r -> r.workflowId().equals("kid-1")).findFirst().orElseThrow();
        f.swf.terminateWorkflowExecution(dev.swfrelay.core.api.TerminateWorkflowExecutionRequest.builder().domain(DOMAIN)
                .workflowId("parent").childPolicy(ChildPolicy.REQUEST_CANCEL).build());
        assertThat(f.last(parent).attributes(WorkflowExecutionTerminated.class).childPolicy())
                .isEqualTo(ChildPolicy.REQUEST_CANCEL);
        assertThat(f.history(kid1).stream().filter(e -> e.eventType() == EventType.WorkflowExecutionCancelRequested)
                .findFirst().orElseThrow().attributes()).isEqualTo(new WorkflowExecutionCancelRequested(
                        WorkflowExecutionCancelRequestedCause.CHILD_POLICY_APPLIED, null, null));
        assertThat(f.describe(kid1).executionInfo().executionStatus()).isEqualTo(ExecutionStatus.OPEN);
    }

    @Test
    void signalAndCancelRequestReachAnotherRun() {
        WorkflowExecution source = f.start("source");
        WorkflowExecution target = f.start("target");
        DecisionTask first = f.pollDecision();
        DecisionTask second = f.pollDecision();
        DecisionTask sourceTask = first.workflowExecution().equals(source) ? first : second;
        f.decide((sourceTask == first ? second : first).taskToken());
        f.decide(sourceTask.taskToken(), new SignalExternalWorkflowExecution("c", "hi", null, "poke", "target"),
                new RequestCancelExternalWorkflowExecution(null, null, "target"),
                new SignalExternalWorkflowExecution(null, null, null, "poke", "ghost"));
        assertThat(f.types(target)).contains(EventType.WorkflowExecutionSignaled, EventType.WorkflowExecutionCancelRequested);
        WorkflowExecutionSignaled signaled = f.history(target).stream()
                .filter(e -> e.eventType() == EventType.WorkflowExecutionSignaled).findFirst().orElseThrow()
                .attributes(WorkflowExecutionSignaled.class);
        assertThat(signaled).isEqualTo(new WorkflowExecutionSignaled(5L, source, "hi", "poke"));
        assertThat(f.types(source)).contains(EventType.ExternalWorkflowExecutionSignaled,
                EventType.ExternalWorkflowExecutionCancelRequested, EventType.SignalExternalWorkflowExecutionFailed);
        assertThat(f.describe(target).executionInfo().cancelRequested()).isTrue();
    }

    @Test
    void continueAsNewStartsANewRunOfTheSameWorkflowId() {
        WorkflowExecution first = f.start("wf");
        f.decide(f.pollDecision().taskToken(), ContinueAsNewWorkflowExecution.builder().input("round-2").build());
        WorkflowExecutionContinuedAsNew continued = f.last(first).attributes(WorkflowExecutionContinuedAsNew.class);
        assertThat(f.describe(first).executionInfo().closeStatus()).isEqualTo(CloseStatus.CONTINUED_AS_NEW);
        WorkflowExecution next = new WorkflowExecution(continued.newExecutionRunId(), "wf");
        WorkflowExecutionStarted started = f.event(next, 1).attributes(WorkflowExecutionStarted.class);
        assertThat(started.continuedExecutionRunId()).isEqualTo(first.runId());
        assertThat(started.input()).isEqualTo("round-2");
        assertThat(f.pollDecision().workflowExecution()).isEqualTo(next);
        assertThat(f.swf.listOpenWorkflowExecutions(ListOpenWorkflowExecutionsRequest.builder().domain(DOMAIN)
                .startTimeFilter(new ExecutionTimeFilter(null, T0.minusSeconds(1))).build()).executionInfos())
                .extracting(WorkflowExecutionInfo::execution).containsExactly(next);
    }

    @Test
    void continueAsNewFallsBackOnTheTypesDefaultsNotOnTheClosingRunsSettings() {
        WorkflowExecution first = f.start(dev.swfrelay.core.api.StartWorkflowExecutionRequest.builder().domain(DOMAIN)
                .workflowId("wf").workflowType(WORKFLOW).executionStartToCloseTimeout(Timeout.ofSeconds(100))
                .taskPriority("7").childPolicy(ChildPolicy.ABANDON).build());
        f.decide(f.pollDecision().taskToken(), ContinueAsNewWorkflowExecution.builder().input("round-2").build());
        WorkflowExecutionContinuedAsNew continued = f.last(first).attributes(WorkflowExecutionContinuedAsNew.class);
        assertThat(continued.executionStartToCloseTimeout()).isEqualTo(Timeout.ofSeconds(3600));
        assertThat(continued.taskPriority()).isEqualTo("0");
        assertThat(continued.childPolicy()).isEqualTo(ChildPolicy.TERMINATE);
        WorkflowExecutionStarted started = f.event(new WorkflowExecution(continued.newExecutionRunId(), "wf"), 1)
                .attributes(WorkflowExecutionStarted.class);
        assertThat(started.executionStartToCloseTimeout()).isEqualTo(Timeout.ofSeconds(3600));
    }

    @Test
    void continueAsNewWithoutATaskListFailsWhenTheTypeHasNoDefault() {
        f.swf.registerWorkflowType(dev.swfrelay.core.api.RegisterWorkflowTypeRequest.builder().domain(DOMAIN)
                .name("bare").version("1").defaultChildPolicy(ChildPolicy.TERMINATE)
                .defaultExecutionStartToCloseTimeout(Timeout.ofSeconds(3600))
                .defaultTaskStartToCloseTimeout(Timeout.ofSeconds(30)).build());
        WorkflowExecution run = f.start(dev.swfrelay.core.api.StartWorkflowExecutionRequest.builder().domain(DOMAIN)
                .workflowId("wf").workflowType(new WorkflowType("bare", "1")).taskList(DECISIONS).build());
        f.decide(f.pollDecision().taskToken(), ContinueAsNewWorkflowExecution.builder().build());
        assertThat(f.event(run, 5).attributes()).isEqualTo(new ContinueAsNewWorkflowExecutionFailed(
                ContinueAsNewWorkflowExecutionFailedCause.DEFAULT_TASK_LIST_UNDEFINED, 4));
        assertThat(f.describe(run).executionInfo().executionStatus()).isEqualTo(ExecutionStatus.OPEN);
    }

    @Test
    void lambdaFunctionsFailWithACause() {
        WorkflowExecution run = f.start("wf");
        f.decide(f.pollDecision().taskToken(), new ScheduleLambdaFunction(null, "l1", null, "fn", null));
        assertThat(f.event(run, 5).attributes()).isEqualTo(new ScheduleLambdaFunctionFailed(
                ScheduleLambdaFunctionFailedCause.LAMBDA_SERVICE_NOT_AVAILABLE_IN_REGION, 4, "l1", "fn"));
        assertThat(f.event(run, 6).eventType()).isEqualTo(EventType.DecisionTaskScheduled);
    }
}
