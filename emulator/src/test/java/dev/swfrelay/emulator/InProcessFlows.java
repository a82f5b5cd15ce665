package dev.swfrelay.emulator;

import static org.awaitility.Awaitility.await;

import dev.swfrelay.core.api.RegisterActivityTypeRequest;
import dev.swfrelay.core.api.RegisterDomainRequest;
import dev.swfrelay.core.api.RegisterWorkflowTypeRequest;
import dev.swfrelay.core.api.StartWorkflowExecutionRequest;
import dev.swfrelay.core.model.ChildPolicy;
import dev.swfrelay.core.model.ExecutionStatus;
import dev.swfrelay.core.model.Run;
import dev.swfrelay.core.model.TaskList;
import dev.swfrelay.core.model.Timeout;
import dev.swfrelay.core.model.WorkflowExecution;
import dev.swfrelay.core.model.WorkflowType;
import dev.swfrelay.core.service.ServicePorts;
import dev.swfrelay.emulator.engine.clock.VirtualClock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** What the in-process flow tests (the seed, the diamond) share: registration, a run to its close, a clock mover. */
final class InProcessFlows {

    private InProcessFlows() {
    }

    /** The domain, {@code flow} deciding on "decisions", and activity types {@code names} at version 1.0. */
    static void register(ServicePorts ports, String domain, WorkflowType flow, List<String> names) {
        ports.registrar().registerDomain(RegisterDomainRequest.builder().name(domain)
                .workflowExecutionRetentionPeriodInDays("1").build());
        ports.registrar().registerWorkflowType(RegisterWorkflowTypeRequest.builder().domain(domain).name(flow.name())
                .version(flow.version()).defaultTaskList(new TaskList("decisions")).defaultChildPolicy(ChildPolicy.TERMINATE)
                .defaultExecutionStartToCloseTimeout(Timeout.ofSeconds(3600))
                .defaultTaskStartToCloseTimeout(Timeout.ofSeconds(60)).build());
        for (String name : names) {
            ports.registrar().registerActivityType(RegisterActivityTypeRequest.builder().domain(domain).name(name)
                    .version("1.0").defaultTaskScheduleToStartTimeout(Timeout.ofSeconds(300))
                    .defaultTaskStartToCloseTimeout(Timeout.ofSeconds(60))
                    .defaultTaskScheduleToCloseTimeout(Timeout.ofSeconds(600))
                    .defaultTaskHeartbeatTimeout(Timeout.NONE).build());
        }
    }

    /** Starts "job-1" of {@code flow} with input "job" and waits (at most {@code atMost}) until it is closed. */
    static WorkflowExecution startAndAwaitClose(ServicePorts ports, String domain, WorkflowType flow, Duration atMost) {
        Run run = ports.workflows().start(StartWorkflowExecutionRequest.builder().domain(domain).workflowId("job-1")
                .workflowType(flow).input("job").build());
        WorkflowExecution execution = new WorkflowExecution(run.runId(), "job-1");
        await().atMost(atMost).until(() ->
                ports.workflows().describe(domain, execution).executionInfo().executionStatus() == ExecutionStatus.CLOSED);
        return execution;
    }

    /** On a thread of its own: once {@code when} opens, advances {@code clock} by {@code by}, then opens {@code then}. */
    static void advanceOnce(VirtualClock clock, CountDownLatch when, Duration by, CountDownLatch then) {
        Thread mover = new Thread(() -> {
            try {
                when.await();
                clock.advance(by);
                then.countDown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        mover.start();
    }
}
