package dev.swfrelay.it.process;

import dev.swfrelay.core.api.RegisterActivityTypeRequest;
import dev.swfrelay.core.api.RegisterDomainRequest;
import dev.swfrelay.core.api.RegisterWorkflowTypeRequest;
import dev.swfrelay.core.model.ActivityType;
import dev.swfrelay.core.model.ChildPolicy;
import dev.swfrelay.core.model.TaskList;
import dev.swfrelay.core.model.Timeout;
import dev.swfrelay.core.model.WorkflowType;
import dev.swfrelay.core.pipeline.Pipeline;
import dev.swfrelay.core.pipeline.RetryPolicy;
import dev.swfrelay.core.pipeline.Step;
import dev.swfrelay.core.port.Registrar;
import java.time.Duration;

/** The A-then-B flow the processes share: its domain, types, task lists, timeouts and pipeline. */
final class Flow {

    static final String DOMAIN = "across-processes";
    static final WorkflowType WORKFLOW = new WorkflowType("AThenB", "1");
    static final ActivityType A = new ActivityType("A", "1");
    static final ActivityType B = new ActivityType("B", "1");
    static final TaskList DECISIONS = new TaskList("decisions");
    static final TaskList A_TASKS = new TaskList("a_tasks");
    static final TaskList B_TASKS = new TaskList("b_tasks");
    /** Short, so a killed worker's task is given up on within seconds of real time. */
    static final Duration HEARTBEAT_TIMEOUT = Duration.ofSeconds(3);

    private Flow() {
    }

    /** A then B, each attempt retried at once (three attempts in all) when it fails or times out. */
    static Pipeline pipeline() {
        RetryPolicy retry = new RetryPolicy(3, Duration.ZERO, 1.0, Duration.ZERO);
        return Pipeline.of(
                Step.builder("A").activityType(A).taskList(A_TASKS).retryPolicy(retry).build(),
                Step.builder("B").activityType(B).taskList(B_TASKS).retryPolicy(retry).build());
    }

    static void register(Registrar registrar) {
        register(registrar, Duration.ofSeconds(30));
    }

    /** As {@link #register(Registrar)}, a decision task left unanswered timing out after {@code decisionTimeout}. */
    static void register(Registrar registrar, Duration decisionTimeout) {
        registrar.registerDomain(RegisterDomainRequest.builder().name(DOMAIN)
                .workflowExecutionRetentionPeriodInDays("1").build());
        registrar.registerWorkflowType(RegisterWorkflowTypeRequest.builder().domain(DOMAIN)
                .name(WORKFLOW.name()).version(WORKFLOW.version()).defaultTaskList(DECISIONS)
                .defaultChildPolicy(ChildPolicy.TERMINATE)
                .defaultExecutionStartToCloseTimeout(Timeout.ofSeconds(600))
                .defaultTaskStartToCloseTimeout(Timeout.of(decisionTimeout)).build());
        for (ActivityType type : new ActivityType[] {A, B}) {
            registrar.registerActivityType(RegisterActivityTypeRequest.builder().domain(DOMAIN)
                    .name(type.name()).version(type.version())
                    .defaultTaskHeartbeatTimeout(Timeout.of(HEARTBEAT_TIMEOUT))
                    .defaultTaskScheduleToStartTimeout(Timeout.ofSeconds(120))
                    .defaultTaskStartToCloseTimeout(Timeout.ofSeconds(120))
                    .defaultTaskScheduleToCloseTimeout(Timeout.ofSeconds(240)).build());
        }
    }
}
