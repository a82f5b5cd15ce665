package dev.swfrelay.emulator.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.swfrelay.core.api.RegisterActivityTypeRequest;
import dev.swfrelay.core.api.RegisterDomainRequest;
import dev.swfrelay.core.api.RegisterWorkflowTypeRequest;
import dev.swfrelay.core.api.RequestCancelWorkflowExecutionRequest;
import dev.swfrelay.core.api.StartWorkflowExecutionRequest;
import dev.swfrelay.core.decider.Decider;
import dev.swfrelay.core.model.ActivityTask;
import dev.swfrelay.core.model.ChildPolicy;
import dev.swfrelay.core.model.DecisionTask;
import dev.swfrelay.core.model.HistoryEvent;
import dev.swfrelay.core.model.Run;
import dev.swfrelay.core.model.TaskList;
import dev.swfrelay.core.model.Timeout;
import dev.swfrelay.core.model.WorkflowExecution;
import dev.swfrelay.core.model.WorkflowType;
import dev.swfrelay.core.service.ServicePorts;
import dev.swfrelay.emulator.SwfEmulator;
import dev.swfrelay.emulator.engine.clock.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Records an execution's history on the in-process emulator, step by step on one thread: the
 * test plays decider and workers, and moves the virtual clock for timers and timeouts.
 */
final class PipelineRecorder implements AutoCloseable {

    static final String DOMAIN = "replay";
    static final WorkflowType FLOW = new WorkflowType("a-then-b", "1");
    private static final TaskList DECISIONS = new TaskList("decisions");

    private final VirtualClock clock = VirtualClock.frozenAt(Instant.parse("2015-01-01T12:00:00Z"));
    private final SwfEmulator swf = SwfEmulator.builder().clock(clock).pollHold(Duration.ofSeconds(5)).build();
    private final ServicePorts ports = swf.ports(DOMAIN, "recorder");
    private final Decider decider;
    private WorkflowExecution execution;

    PipelineRecorder(Decider decider, String... activityTypes) {
        this.decider = decider;
        ports.registrar().registerDomain(RegisterDomainRequest.builder().name(DOMAIN)
                .workflowExecutionRetentionPeriodInDays("1").build());
        ports.registrar().registerWorkflowType(RegisterWorkflowTypeRequest.builder().domain(DOMAIN).name(FLOW.name())
                .version(FLOW.version()).defaultTaskList(DECISIONS).defaultChildPolicy(ChildPolicy.TERMINATE)
                .defaultExecutionStartToCloseTimeout(Timeout.ofSeconds(3600))
                .defaultTaskStartToCloseTimeout(Timeout.ofSeconds(60)).build());
        for (String name : activityTypes) {
            ports.registrar().registerActivityType(RegisterActivityTypeRequest.builder().domain(DOMAIN).name(name)
                    .version("1.0").defaultTaskScheduleToStartTimeout(Timeout.ofSeconds(300))
                    .defaultTaskStartToCloseTimeout(Timeout.ofSeconds(60))
                    .defaultTaskScheduleToCloseTimeout(Timeout.ofSeconds(600))
                    .defaultTaskHeartbeatTimeout(Timeout.NONE).build());
        }
    }

    PipelineRecorder start(String input) {
        Run run = ports.workflows().start(StartWorkflowExecutionRequest.builder().domain(DOMAIN).workflowId("job-1")
                .workflowType(FLOW).input(input).build());
        execution = new WorkflowExecution(run.runId(), "job-1");
        return this;
    }

    /** Takes the pending decision task and answers it with the decider's decisions. */
    PipelineRecorder decide() throws InterruptedException {
        DecisionTask task = ports.decisionTasks().poll(DECISIONS).orElseThrow();
        ports.decisionTasks().complete(task.taskToken(), decider.decide(task), null);
        return this;
    }

    /** Takes the pending activity task on {@code taskList}, checking it is {@code activityId}. */
    ActivityTask activity(String taskList, String activityId) throws InterruptedException {
        ActivityTask task = ports.activityTasks().poll(new TaskList(taskList)).orElseThrow();
        assertThat(task.activityId()).isEqualTo(activityId);
        return task;
    }

    PipelineRecorder complete(String taskList, String activityId, String result) throws InterruptedException {
        ports.activityTasks().complete(activity(taskList, activityId).taskToken(), result);
        return this;
    }

    PipelineRecorder fail(String taskList, String activityId, String reason) throws InterruptedException {
        ports.activityTasks().fail(activity(taskList, activityId).taskToken(), reason, "exit 1");
        return this;
    }

    PipelineRecorder requestCancel() {
        ports.workflows().requestCancel(RequestCancelWorkflowExecutionRequest.builder().domain(DOMAIN)
                .workflowId(execution.workflowId()).runId(execution.runId()).build());
        return this;
    }

    void canceled(ActivityTask task) {
        ports.activityTasks().canceled(task.taskToken(), "stopped");
    }

    PipelineRecorder advance(Duration by) {
        clock.advance(by);
        return this;
    }

    List<HistoryEvent> history() {
        return ports.workflows().history(DOMAIN, execution);
    }

    @Override
    public void close() {
        swf.close();
    }
}
