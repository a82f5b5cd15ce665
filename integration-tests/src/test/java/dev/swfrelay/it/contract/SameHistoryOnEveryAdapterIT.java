package dev.swfrelay.it.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.swfrelay.core.api.ListClosedWorkflowExecutionsRequest;
import dev.swfrelay.core.api.SignalWorkflowExecutionRequest;
import dev.swfrelay.core.api.StartWorkflowExecutionRequest;
import dev.swfrelay.core.model.ActivityTask;
import dev.swfrelay.core.model.DecisionTask;
import dev.swfrelay.core.model.EventType;
import dev.swfrelay.core.model.ExecutionTimeFilter;
import dev.swfrelay.core.model.HistoryEvent;
import dev.swfrelay.core.model.TaskList;
import dev.swfrelay.core.model.Timeout;
import dev.swfrelay.core.model.WorkflowExecution;
import dev.swfrelay.core.model.WorkflowExecutionFilter;
import dev.swfrelay.core.model.decision.CancelTimer;
import dev.swfrelay.core.model.decision.CompleteWorkflowExecution;
import dev.swfrelay.core.model.decision.Decision;
import dev.swfrelay.core.model.decision.RecordMarker;
import dev.swfrelay.core.model.decision.RequestCancelActivityTask;
import dev.swfrelay.core.model.decision.ScheduleActivityTask;
import dev.swfrelay.core.model.decision.StartTimer;
import dev.swfrelay.core.service.ServicePorts;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The same script played through the emulator in-process and through the AWS adapter over
 * HTTP yields the same history, event for event and attribute for attribute (both clocks
 * frozen at the same instant), and the decider sees the same decision tasks. A member the
 * SDK mapping or the wire codec dropped or changed shows up here as a difference.
 */
class SameHistoryOnEveryAdapterIT {

    private static final TaskList DECISIONS = new TaskList("same-decisions");
    private static final TaskList FIRST = new TaskList("same-first");
    private static final TaskList SECOND = new TaskList("same-second");
    private static final TaskList THIRD = new TaskList("same-third");

    @Test
    void scriptYieldsIdenticalHistoriesInProcessAndOverHttp() throws Exception {
        Played inProcess;
        Played overHttp;
        try (SwfBackend backend = new InProcessBackend()) {
            inProcess = play(backend);
        }
        try (SwfBackend backend = new HttpBackend()) {
            overHttp = play(backend);
        }

        assertThat(inProcess.history()).extracting(HistoryEvent::eventType).contains(EventType.MarkerRecorded,
                EventType.TimerFired, EventType.TimerCanceled, EventType.ActivityTaskFailed,
                EventType.ActivityTaskTimedOut, EventType.RequestCancelActivityTaskFailed,
                EventType.WorkflowExecutionSignaled, EventType.WorkflowExecutionCompleted);
        assertThat(overHttp.history()).containsExactlyElementsOf(inProcess.history());
        assertThat(overHttp.decisionEvents()).containsExactlyElementsOf(inProcess.decisionEvents());
    }

    private record Played(List<HistoryEvent> history, List<List<HistoryEvent>> decisionEvents) {
    }

    private static Played play(SwfBackend backend) throws InterruptedException {
        Fixture.registerAll(backend);
        ServicePorts ports = backend.ports("same-script");
        String domain = backend.domain();
        List<List<HistoryEvent>> seen = new ArrayList<>();
        ports.workflows().start(StartWorkflowExecutionRequest.builder().domain(domain).workflowId("same")
                .workflowType(Fixture.WORKFLOW).taskList(DECISIONS).input("in").tagList(List.of("t1", "t2")).build());
        ports.workflows().signal(new SignalWorkflowExecutionRequest(domain, "payload", null, "nudge", "same"));

        decide(ports, seen, List.of(new RecordMarker("details", "mark"),
                new StartTimer("ctl", Timeout.ofSeconds(10), "short"),
                activity("a1", FIRST), activity("a2", SECOND),
                new StartTimer(null, Timeout.ofSeconds(100), "long")));
        ActivityTask first = ports.activityTasks().poll(FIRST).orElseThrow();
        ports.activityTasks().complete(first.taskToken(), "first done");
        ActivityTask second = ports.activityTasks().poll(SECOND).orElseThrow();
        ports.activityTasks().heartbeat(second.taskToken(), "half");
        ports.activityTasks().fail(second.taskToken(), "broke", "trace");

        decide(ports, seen, List.of(new CancelTimer("long"), new RequestCancelActivityTask("never-scheduled"),
                activity("a3", THIRD)));
        ports.activityTasks().poll(THIRD).orElseThrow();
        backend.advance(Duration.ofSeconds(11));

        decide(ports, seen, List.of(new CompleteWorkflowExecution("done")));
        return new Played(ports.workflows().history(domain, closedExecution(ports, domain)), seen);
    }

    private static ScheduleActivityTask activity(String id, TaskList list) {
        return ScheduleActivityTask.builder().activityId(id).activityType(Fixture.ACTIVITY).taskList(list)
                .input("input of " + id).control("ctl-" + id).build();
    }

    private static void decide(ServicePorts ports, List<List<HistoryEvent>> seen, List<Decision> decisions)
            throws InterruptedException {
        DecisionTask task = ports.decisionTasks().poll(DECISIONS).orElseThrow();
        seen.add(task.events());
        ports.decisionTasks().complete(task.taskToken(), decisions, "context " + seen.size());
    }

    private static WorkflowExecution closedExecution(ServicePorts ports, String domain) {
        return ports.workflows().listClosed(ListClosedWorkflowExecutionsRequest.builder().domain(domain)
                .startTimeFilter(new ExecutionTimeFilter(null, Instant.EPOCH))
                .executionFilter(new WorkflowExecutionFilter("same")).build()).get(0).execution();
    }
}
