package dev.swfrelay.it.console;

import static org.awaitility.Awaitility.await;

import dev.swfrelay.aws.AwsSwf;
import dev.swfrelay.aws.AwsSwfService;
import dev.swfrelay.core.api.RegisterActivityTypeRequest;
import dev.swfrelay.core.api.RegisterDomainRequest;
import dev.swfrelay.core.api.RegisterWorkflowTypeRequest;
import dev.swfrelay.core.api.StartWorkflowExecutionRequest;
import dev.swfrelay.core.api.TerminateWorkflowExecutionRequest;
import dev.swfrelay.core.decider.DeciderRunner;
import dev.swfrelay.core.model.ActivityType;
import dev.swfrelay.core.model.ChildPolicy;
import dev.swfrelay.core.model.ExecutionStatus;
import dev.swfrelay.core.model.Run;
import dev.swfrelay.core.model.TaskList;
import dev.swfrelay.core.model.Timeout;
import dev.swfrelay.core.model.WorkflowExecution;
import dev.swfrelay.core.model.WorkflowType;
import dev.swfrelay.core.pipeline.Pipeline;
import dev.swfrelay.core.pipeline.RetryPolicy;
import dev.swfrelay.core.pipeline.Step;
import dev.swfrelay.core.port.WorkflowClient;
import dev.swfrelay.core.worker.ActivityWorker;
import dev.swfrelay.emulator.SwfEmulatorServer;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the console tests look at, made over real HTTP with the AWS SDK: the A-then-B pipeline
 * (a decider and a worker per step, B failing once for a "flaky" input so a retry shows), a
 * workflow nobody decides (it stays open, its decision list unattended), one that waits on a
 * five-minute timer, and one terminated.
 */
final class ConsoleFlows implements AutoCloseable {

    static final String DOMAIN = "console-demo";
    static final WorkflowType A_THEN_B = new WorkflowType("AThenB", "1");
    static final WorkflowType UNDECIDED = new WorkflowType("Undecided", "1");
    static final WorkflowType TIMER = new WorkflowType("WaitFiveMinutes", "1");
    static final TaskList DECISIONS = new TaskList("decisions");
    static final TaskList NOBODY_DECIDES = new TaskList("nobody-decides");
    static final TaskList TIMER_DECISIONS = new TaskList("timer-decisions");
    static final ActivityType A = new ActivityType("A", "1");
    static final ActivityType B = new ActivityType("B", "1");

    private final AwsSwfService swf;
    private final WorkflowClient workflows;
    private final Set<String> failedOnce = ConcurrentHashMap.newKeySet();
    private final List<AutoCloseable> loops;

    ConsoleFlows(SwfEmulatorServer server) {
        this.swf = AwsSwf.forEndpoint(server.uri(), "us-east-1");
        this.workflows = swf.ports(DOMAIN, "console-test").workflows();
        register();
        this.loops = List.of(
                started(DeciderRunner.builder(swf.ports(DOMAIN, "decider@server-c").decisionTasks(), pipeline())
                        .taskList(DECISIONS).build()),
                started(DeciderRunner.builder(swf.ports(DOMAIN, "timer-decider").decisionTasks(), new TimerDecider())
                        .taskList(TIMER_DECISIONS).build()),
                started(ActivityWorker.builder(swf.ports(DOMAIN, "worker-A@server-a").activityTasks(),
                        context -> "A(" + context.input() + ")").taskList("a_tasks").build()),
                started(ActivityWorker.builder(swf.ports(DOMAIN, "worker-B@server-b").activityTasks(), context -> {
                    if (context.input().contains("flaky") && failedOnce.add(context.task().workflowExecution().runId())) {
                        throw new IllegalStateException("disk full on server B");
                    }
                    return "B(" + context.input() + ")";
                }).taskList("b_tasks").build()));
    }

    private static DeciderRunner started(DeciderRunner runner) {
        runner.start();
        return runner;
    }

    private static ActivityWorker started(ActivityWorker worker) {
        worker.start();
        return worker;
    }

    /** A then B, a failed attempt retried after a one-second back-off timer. */
    private static Pipeline pipeline() {
        RetryPolicy retry = new RetryPolicy(3, Duration.ofSeconds(1), 1.0, Duration.ofSeconds(1));
        return Pipeline.of(
                Step.builder("A").activityType(A).taskList(new TaskList("a_tasks")).retryPolicy(retry).build(),
                Step.builder("B").activityType(B).taskList(new TaskList("b_tasks")).retryPolicy(retry).build());
    }

    private void register() {
        var registrar = swf.ports(DOMAIN, "console-test").registrar();
        registrar.registerDomain(RegisterDomainRequest.builder().name(DOMAIN).description("the console's browser tests")
                .workflowExecutionRetentionPeriodInDays("7").build());
        for (var type : List.of(List.of(A_THEN_B, DECISIONS), List.of(UNDECIDED, NOBODY_DECIDES), List.of(TIMER, TIMER_DECISIONS))) {
            WorkflowType workflow = (WorkflowType) type.get(0);
            registrar.registerWorkflowType(RegisterWorkflowTypeRequest.builder().domain(DOMAIN)
                    .name(workflow.name()).version(workflow.version()).defaultTaskList((TaskList) type.get(1))
                    .defaultChildPolicy(ChildPolicy.TERMINATE).defaultExecutionStartToCloseTimeout(Timeout.ofSeconds(3600))
                    .defaultTaskStartToCloseTimeout(Timeout.ofSeconds(60)).build());
        }
        for (ActivityType type : List.of(A, B)) {
            registrar.registerActivityType(RegisterActivityTypeRequest.builder().domain(DOMAIN)
                    .name(type.name()).version(type.version())
                    .defaultTaskScheduleToStartTimeout(Timeout.ofSeconds(300)).defaultTaskStartToCloseTimeout(Timeout.ofSeconds(300))
                    .defaultTaskScheduleToCloseTimeout(Timeout.ofSeconds(600)).defaultTaskHeartbeatTimeout(Timeout.NONE).build());
        }
    }

    Run start(WorkflowType type, String workflowId, String input, String... tags) {
        return workflows.start(StartWorkflowExecutionRequest.builder().domain(DOMAIN).workflowId(workflowId)
                .workflowType(type).input(input).tagList(List.of(tags)).build());
    }

    /** Starts an A-then-B run and waits until it closes. */
    WorkflowExecution aThenB(String workflowId, String input) {
        WorkflowExecution run = new WorkflowExecution(start(A_THEN_B, workflowId, input, "a-then-b").runId(), workflowId);
        await().atMost(Duration.ofSeconds(60)).until(() -> workflows.describe(DOMAIN, run).executionInfo().executionStatus()
                == ExecutionStatus.CLOSED);
        return run;
    }

    void terminate(WorkflowExecution run, String reason) {
        workflows.terminate(TerminateWorkflowExecutionRequest.builder().domain(DOMAIN).workflowId(run.workflowId())
                .runId(run.runId()).reason(reason).build());
    }

    WorkflowClient workflows() {
        return workflows;
    }

    @Override
    public void close() throws Exception {
        for (AutoCloseable loop : loops) {
            loop.close();
        }
        swf.close();
    }
}
