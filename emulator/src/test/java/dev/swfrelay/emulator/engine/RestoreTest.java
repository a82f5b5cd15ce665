package dev.swfrelay.emulator.engine;

import static dev.swfrelay.emulator.engine.EngineFixture.DOMAIN;
import static dev.swfrelay.emulator.engine.EngineFixture.WORKFLOW;
import static org.assertj.core.api.Assertions.assertThat;

import dev.swfrelay.core.api.ListOpenWorkflowExecutionsRequest;
import dev.swfrelay.core.api.PollForDecisionTaskRequest;
import dev.swfrelay.core.api.RequestCancelWorkflowExecutionRequest;
import dev.swfrelay.core.api.RespondDecisionTaskCompletedRequest;
import dev.swfrelay.core.api.SwfService;
import dev.swfrelay.core.model.DecisionTask;
import dev.swfrelay.core.model.EventType;
import dev.swfrelay.core.model.ExecutionTimeFilter;
import dev.swfrelay.core.model.HistoryEvent;
import dev.swfrelay.core.model.Timeout;
import dev.swfrelay.core.model.WorkflowExecution;
import dev.swfrelay.core.model.WorkflowExecutionInfo;
import dev.swfrelay.core.model.decision.CancelTimer;
import dev.swfrelay.core.model.decision.CompleteWorkflowExecution;
import dev.swfrelay.core.model.decision.ContinueAsNewWorkflowExecution;
import dev.swfrelay.core.model.decision.Decision;
import dev.swfrelay.core.model.decision.StartChildWorkflowExecution;
import dev.swfrelay.core.model.decision.StartTimer;
import dev.swfrelay.core.model.event.ChildWorkflowExecutionStarted;
import dev.swfrelay.emulator.SwfEmulator;
import dev.swfrelay.emulator.engine.change.Change;
import dev.swfrelay.emulator.engine.change.ChangeLog;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A fresh engine given another's changes is that engine: runs, children, timers, cancel requests,
 * continuations and decision tasks held by deciders (their tokens) come back, and go on from there.
 */
class RestoreTest {

    /** Keeps every change in order, as a journal would read them back. */
    private static final class Recorder implements ChangeLog {
        final List<Change> changes = new ArrayList<>();

        @Override
        public void begin() {
        }

        @Override
        public void record(Change change) {
            changes.add(change);
        }

        @Override
        public void retract(Change change) {
            changes.remove(changes.lastIndexOf(change));
        }

        @Override
        public void end() {
        }
    }

    private final Recorder recorder = new Recorder();
    private final EngineFixture f = new EngineFixture(b -> b.changeLog(recorder));
    private SwfEmulator restored;

    @AfterEach
    void close() {
        f.close();
        if (restored != null) {
            restored.close();
        }
    }

    @Test
    void childrenTimersCancelRequestsAndContinuationsComeBackAndGoOn() {
        WorkflowExecution parent = f.start("parent");
        f.decide(f.pollDecision().taskToken(), StartChildWorkflowExecution.builder().workflowId("kid")
                .workflowType(WORKFLOW).input("in").build(), new StartTimer(null, Timeout.ofSeconds(600), "t1"));
        WorkflowExecution kid = f.history(parent).stream().filter(e -> e.eventType() == EventType.ChildWorkflowExecutionStarted)
                .findFirst().orElseThrow().attributes(ChildWorkflowExecutionStarted.class).workflowExecution();
        WorkflowExecution looping = f.start("loop");
        f.swf.requestCancelWorkflowExecution(new RequestCancelWorkflowExecutionRequest(DOMAIN, null, "kid"));
        Map<WorkflowExecution, DecisionTask> held = new HashMap<>();
        while (!held.containsKey(looping)) {
            DecisionTask task = EngineFixture.await(f.swf.pollForDecisionTask(PollForDecisionTaskRequest.builder()
                    .domain(DOMAIN).taskList(EngineFixture.DECISIONS).identity("d").build()));
            held.put(task.workflowExecution(), task);
        }
        assertThat(held).containsKeys(parent, kid);
        f.decide(held.get(looping).taskToken(), ContinueAsNewWorkflowExecution.builder().input("round-2").build());
        WorkflowExecution next = openRun(f.swf, "loop");
        List<WorkflowExecution> runs = List.of(parent, kid, looping, next);

        restored = SwfEmulator.builder().clock(f.clock).pollHold(Duration.ofMillis(200)).build();
        restored.restore(recorder.changes);
        SwfService swf = restored.service();

        for (WorkflowExecution run : runs) {
            assertThat(history(swf, run)).as("history of %s", run).isEqualTo(f.history(run));
            assertThat(swf.describeWorkflowExecution(describe(run))).as("%s described", run)
                    .isEqualTo(f.swf.describeWorkflowExecution(describe(run)));
        }
        assertThat(openRuns(swf)).containsExactlyInAnyOrderElementsOf(openRuns(f.swf));

        respond(swf, held.get(kid), new CompleteWorkflowExecution("kid-done"));
        respond(swf, held.get(parent), new CancelTimer("t1"));
        assertThat(history(swf, parent)).extracting(HistoryEvent::eventType)
                .contains(EventType.ChildWorkflowExecutionCompleted, EventType.TimerCanceled)
                .doesNotContain(EventType.CancelTimerFailed);
        assertThat(pollFor(swf, next).workflowExecution()).isEqualTo(next);
    }

    private static DecisionTask pollFor(SwfService swf, WorkflowExecution run) {
        for (int i = 0; i < 10; i++) {
            DecisionTask task = EngineFixture.await(swf.pollForDecisionTask(PollForDecisionTaskRequest.builder()
                    .domain(DOMAIN).taskList(EngineFixture.DECISIONS).identity("d").build()));
            if (run.equals(task.workflowExecution())) {
                return task;
            }
            if (task.taskToken() != null) {
                respond(swf, task);
            }
        }
        throw new AssertionError("no decision task for " + run);
    }

    private static void respond(SwfService swf, DecisionTask task, Decision... decisions) {
        swf.respondDecisionTaskCompleted(RespondDecisionTaskCompletedRequest.builder().taskToken(task.taskToken())
                .decisions(List.of(decisions)).build());
    }

    private static List<HistoryEvent> history(SwfService swf, WorkflowExecution run) {
        return swf.getWorkflowExecutionHistory(dev.swfrelay.core.api.GetWorkflowExecutionHistoryRequest.builder()
                .domain(DOMAIN).execution(run).build()).events();
    }

    private static dev.swfrelay.core.api.DescribeWorkflowExecutionRequest describe(WorkflowExecution run) {
        return dev.swfrelay.core.api.DescribeWorkflowExecutionRequest.builder().domain(DOMAIN).execution(run).build();
    }

    private static List<WorkflowExecution> openRuns(SwfService swf) {
        return swf.listOpenWorkflowExecutions(ListOpenWorkflowExecutionsRequest.builder().domain(DOMAIN)
                .startTimeFilter(new ExecutionTimeFilter(null, EngineFixture.T0.minusSeconds(1))).build())
                .executionInfos().stream().map(WorkflowExecutionInfo::execution).toList();
    }

    private static WorkflowExecution openRun(SwfService swf, String workflowId) {
        return openRuns(swf).stream().filter(r -> r.workflowId().equals(workflowId)).findFirst().orElseThrow();
    }
}
