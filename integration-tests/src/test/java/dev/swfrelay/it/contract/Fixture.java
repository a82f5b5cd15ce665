package dev.swfrelay.it.contract;

import dev.swfrelay.core.api.RegisterActivityTypeRequest;
import dev.swfrelay.core.api.RegisterDomainRequest;
import dev.swfrelay.core.api.RegisterWorkflowTypeRequest;
import dev.swfrelay.core.api.StartWorkflowExecutionRequest;
import dev.swfrelay.core.model.ActivityTask;
import dev.swfrelay.core.model.ActivityType;
import dev.swfrelay.core.model.ChildPolicy;
import dev.swfrelay.core.model.DecisionTask;
import dev.swfrelay.core.model.EventType;
import dev.swfrelay.core.model.HistoryEvent;
import dev.swfrelay.core.model.TaskList;
import dev.swfrelay.core.model.Timeout;
import dev.swfrelay.core.model.WorkflowExecution;
import dev.swfrelay.core.model.WorkflowType;
import dev.swfrelay.core.model.decision.ScheduleActivityTask;
import dev.swfrelay.core.port.Registrar;
import dev.swfrelay.core.service.ServicePorts;
import java.util.List;
import java.util.UUID;

/**
 * What the contract suites share: the backend's domain and types registered (idempotently,
 * so a live account is reused), task lists of their own for every test, and a few steps
 * every suite needs (start an execution, take its first decision task, get an activity started).
 */
final class Fixture {

    static final WorkflowType WORKFLOW = new WorkflowType("ContractFlow", "1");
    static final ActivityType ACTIVITY = new ActivityType("ContractWork", "1");
    static final Timeout HEARTBEAT = Timeout.ofSeconds(5);

    final SwfBackend backend;
    final ServicePorts ports;
    final String domain;
    final String id = UUID.randomUUID().toString().substring(0, 8);
    final TaskList decisions = new TaskList("decisions-" + id);
    final TaskList activities = new TaskList("activities-" + id);

    Fixture(SwfBackend backend) {
        this.backend = backend;
        this.domain = backend.domain();
        this.ports = backend.ports("contract-" + id);
    }

    /** Registers the backend's domain and the suites' types; safe to repeat. */
    static void registerAll(SwfBackend backend) {
        Registrar registrar = backend.ports("registrar").registrar();
        registrar.registerDomain(RegisterDomainRequest.builder().name(backend.domain())
                .workflowExecutionRetentionPeriodInDays("1").build());
        registrar.registerWorkflowType(workflowType(backend.domain(), WORKFLOW.name(), WORKFLOW.version()));
        registrar.registerActivityType(activityType(backend.domain(), ACTIVITY.name(), ACTIVITY.version()));
    }

    static RegisterWorkflowTypeRequest workflowType(String domain, String name, String version) {
        return RegisterWorkflowTypeRequest.builder().domain(domain).name(name).version(version)
                .defaultChildPolicy(ChildPolicy.TERMINATE)
                .defaultExecutionStartToCloseTimeout(Timeout.ofSeconds(3600))
                .defaultTaskStartToCloseTimeout(Timeout.ofSeconds(60)).build();
    }

    static RegisterActivityTypeRequest activityType(String domain, String name, String version) {
        return RegisterActivityTypeRequest.builder().domain(domain).name(name).version(version)
                .defaultTaskHeartbeatTimeout(HEARTBEAT)
                .defaultTaskScheduleToStartTimeout(Timeout.ofSeconds(600))
                .defaultTaskScheduleToCloseTimeout(Timeout.ofSeconds(900))
                .defaultTaskStartToCloseTimeout(Timeout.ofSeconds(600)).build();
    }

    /** Starts an execution whose decision tasks go to this test's own task list. */
    WorkflowExecution start(String workflowId, String input) {
        String runId = ports.workflows().start(StartWorkflowExecutionRequest.builder().domain(domain)
                .workflowId(workflowId).workflowType(WORKFLOW).taskList(decisions).input(input).build()).runId();
        return new WorkflowExecution(runId, workflowId);
    }

    WorkflowExecution start() {
        return start("wf-" + id + "-" + UUID.randomUUID(), "in");
    }

    /** The next decision task on this test's list; fails when none comes within a poll's hold. */
    DecisionTask decisionTask() throws InterruptedException {
        return ports.decisionTasks().poll(decisions).orElseThrow(() -> new AssertionError("no decision task"));
    }

    /** The next activity task on this test's list; fails when none comes within a poll's hold. */
    ActivityTask activityTask() throws InterruptedException {
        return ports.activityTasks().poll(activities).orElseThrow(() -> new AssertionError("no activity task"));
    }

    /** Starts an execution and answers its first decision task by scheduling one activity on this test's list. */
    WorkflowExecution startWithActivity(String input) throws InterruptedException {
        WorkflowExecution execution = start();
        DecisionTask task = decisionTask();
        ports.decisionTasks().complete(task.taskToken(), List.of(ScheduleActivityTask.builder()
                .activityId("work-1").activityType(ACTIVITY).taskList(activities).input(input).build()), null);
        return execution;
    }

    List<HistoryEvent> history(WorkflowExecution execution) {
        return ports.workflows().history(domain, execution);
    }

    List<EventType> eventTypes(WorkflowExecution execution) {
        return history(execution).stream().map(HistoryEvent::eventType).toList();
    }

    <T> T last(WorkflowExecution execution, Class<T> attributes) {
        List<HistoryEvent> events = history(execution);
        for (int i = events.size() - 1; i >= 0; i--) {
            if (attributes.isInstance(events.get(i).attributes())) {
                return attributes.cast(events.get(i).attributes());
            }
        }
        throw new AssertionError("no " + attributes.getSimpleName() + " in " + events);
    }
}
