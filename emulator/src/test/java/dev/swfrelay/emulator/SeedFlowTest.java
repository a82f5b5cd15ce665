package dev.swfrelay.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.swfrelay.core.decider.DeciderRunner;
import dev.swfrelay.core.model.*;
import dev.swfrelay.core.pipeline.Pipeline;
import dev.swfrelay.core.pipeline.RetryPolicy;
import dev.swfrelay.core.pipeline.Step;
import dev.swfrelay.core.service.ServicePorts;
import dev.swfrelay.core.worker.ActivityHandler;
import dev.swfrelay.core.worker.ActivityWorker;
import dev.swfrelay.emulator.engine.clock.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The seed's flow, A on a_tasks then B on b_tasks, with core's real runtimes on the in-process adapter. */
class SeedFlowTest {

    private static final String DOMAIN = "seed";
    private static final WorkflowType FLOW = new WorkflowType("a-then-b", "1");
    private final VirtualClock clock = VirtualClock.frozenAt(Instant.parse("2015-01-01T00:00:00Z"));
    private final SwfEmulator swf = SwfEmulator.builder().clock(clock).pollHold(Duration.ofMillis(500)).build();
    private final ServicePorts ports = swf.ports(DOMAIN, "seed-test");

    @AfterEach
    void close() {
        swf.close();
    }


    private WorkflowExecution runFlow(Pipeline pipeline, ActivityHandler a, ActivityHandler b) {
        InProcessFlows.register(ports, DOMAIN, FLOW, List.of("A", "B"));
        try (DeciderRunner decider = DeciderRunner.builder(ports.decisionTasks(), pipeline).taskList("decisions").build();
             ActivityWorker workerA = ActivityWorker.builder(ports.activityTasks(), a).taskList("a_tasks").pollers(2).handlers(2).build();
             ActivityWorker workerB = ActivityWorker.builder(ports.activityTasks(), b).taskList("b_tasks").build()) {
            decider.start();
            workerA.start();
            workerB.start();
            return InProcessFlows.startAndAwaitClose(ports, DOMAIN, FLOW, Duration.ofSeconds(20));
        }
    }

    private List<EventType> types(WorkflowExecution execution) {
        return ports.workflows().history(DOMAIN, execution).stream().map(HistoryEvent::eventType).collect(Collectors.toList());
    }

    @Test
    void aThenBCompletesWithBsResult() {
        Pipeline pipeline = Pipeline.of(Step.of("A", "A", "a_tasks"), Step.of("B", "B", "b_tasks"));
        WorkflowExecution execution = runFlow(pipeline, ctx -> ctx.input() + "+A", ctx -> ctx.input() + "+B");
        List<HistoryEvent> history = ports.workflows().history(DOMAIN, execution);
        assertThat(history.get(history.size() - 1).attributes(dev.swfrelay.core.model.event.WorkflowExecutionCompleted.class)
                .result()).isEqualTo("job+A+B");
        assertThat(types(execution)).containsExactly(EventType.WorkflowExecutionStarted, EventType.DecisionTaskScheduled,
                EventType.DecisionTaskStarted, EventType.DecisionTaskCompleted, EventType.ActivityTaskScheduled,
                EventType.ActivityTaskStarted, EventType.ActivityTaskCompleted, EventType.DecisionTaskScheduled,
                EventType.DecisionTaskStarted, EventType.DecisionTaskCompleted, EventType.ActivityTaskScheduled,
                EventType.ActivityTaskStarted, EventType.ActivityTaskCompleted, EventType.DecisionTaskScheduled,
                EventType.DecisionTaskStarted, EventType.DecisionTaskCompleted, EventType.WorkflowExecutionCompleted);
        assertThat(swf.service().countPendingActivityTasks(new dev.swfrelay.core.api.CountPendingActivityTasksRequest(
                DOMAIN, new TaskList("a_tasks"))).count()).isZero();
    }

    @Test
    void anActivityThatTimesOutIsRetried() {
        Step a = Step.builder("A").activityType("A", "1.0").taskList("a_tasks").startToCloseTimeout(Timeout.ofSeconds(30))
                .retryPolicy(RetryPolicy.exponential(3, Duration.ZERO)).build();
        Pipeline pipeline = Pipeline.of(a, Step.of("B", "B", "b_tasks"));
        AtomicInteger attempts = new AtomicInteger();
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        InProcessFlows.advanceOnce(clock, firstStarted, Duration.ofSeconds(30), release);
        WorkflowExecution execution = runFlow(pipeline, ctx -> {
            if (attempts.incrementAndGet() == 1) {
                firstStarted.countDown();
                release.await(20, TimeUnit.SECONDS);
                return "too late";
            }
            return ctx.input() + "+A";
        }, ctx -> ctx.input() + "+B");
        assertThat(attempts.get()).isEqualTo(2);
        assertThat(types(execution)).contains(EventType.ActivityTaskTimedOut).endsWith(EventType.WorkflowExecutionCompleted);
        assertThat(ports.workflows().history(DOMAIN, execution).stream()
                .filter(e -> e.eventType() == EventType.ActivityTaskTimedOut).findFirst().orElseThrow()
                .attributes(dev.swfrelay.core.model.event.ActivityTaskTimedOut.class).timeoutType())
                .isEqualTo(ActivityTaskTimeoutType.START_TO_CLOSE);
    }
}
