package dev.swfrelay.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.swfrelay.core.decider.DeciderRunner;
import dev.swfrelay.core.model.EventType;
import dev.swfrelay.core.model.HistoryEvent;
import dev.swfrelay.core.model.Timeout;
import dev.swfrelay.core.model.WorkflowExecution;
import dev.swfrelay.core.model.WorkflowType;
import dev.swfrelay.core.model.event.ActivityTaskScheduled;
import dev.swfrelay.core.model.event.ActivityTaskTimedOut;
import dev.swfrelay.core.model.event.WorkflowExecutionCompleted;
import dev.swfrelay.core.model.event.WorkflowExecutionFailed;
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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The diamond, A on a_tasks, then B on b_tasks and C on c_tasks at once, then D on a_tasks
 * with both results, with core's real runtimes on the in-process emulator and its virtual clock.
 */
class FanOutFlowTest {

    private static final String DOMAIN = "fanout";
    private static final WorkflowType FLOW = new WorkflowType("diamond", "1");
    private final VirtualClock clock = VirtualClock.frozenAt(Instant.parse("2015-01-01T00:00:00Z"));
    private final SwfEmulator swf = SwfEmulator.builder().clock(clock).pollHold(Duration.ofMillis(500)).build();
    private final ServicePorts ports = swf.ports(DOMAIN, "fanout-test");
    private final Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();

    @AfterEach
    void close() {
        swf.close();
    }

    @Test
    void bAndCAreScheduledInOneDecisionAndDGetsBothResults() {
        WorkflowExecution execution = runDiamond(diamond(Step.of("C", "C", "c_tasks").after("A"), RetryPolicy.noRetries()),
                ctx -> ctx.input() + "+C");
        List<HistoryEvent> history = history(execution);

        assertThat(scheduled(history, "B-1").decisionTaskCompletedEventId())
                .isEqualTo(scheduled(history, "C-1").decisionTaskCompletedEventId());
        assertThat(scheduled(history, "D-1").input()).isEqualTo("{\"B\":\"job+A+B\",\"C\":\"job+A+C\"}");
        assertThat(last(history).attributes(WorkflowExecutionCompleted.class).result())
                .isEqualTo("D(" + scheduled(history, "D-1").input() + ")");
        assertThat(runs).containsOnlyKeys("A", "B", "C", "D").allSatisfy((step, count) -> assertThat(count).hasValue(1));
    }

    @Test
    void bFailingAfterItsRetriesCancelsRunningCAndFailsTheWorkflow() {
        CountDownLatch cStarted = new CountDownLatch(1);
        Pipeline pipeline = diamond(Step.of("C", "C", "c_tasks").after("A"), RetryPolicy.exponential(2, Duration.ZERO));
        WorkflowExecution execution = runFlow(pipeline, ctx -> {
            cStarted.await(20, TimeUnit.SECONDS);
            throw new IllegalStateException("B broke");
        }, ctx -> {
            cStarted.countDown();
            new CountDownLatch(1).await(20, TimeUnit.SECONDS);
            return "C was not canceled";
        });
        List<HistoryEvent> history = history(execution);

        assertThat(last(history).attributes(WorkflowExecutionFailed.class).reason())
                .isEqualTo("step 'B' failed after 2 attempt(s): B broke");
        assertThat(types(history)).containsSubsequence(EventType.ActivityTaskFailed, EventType.ActivityTaskFailed,
                EventType.ActivityTaskCancelRequested, EventType.ActivityTaskCanceled, EventType.WorkflowExecutionFailed);
        assertThat(history).noneMatch(e -> e.attributes() instanceof ActivityTaskScheduled s && s.activityId().startsWith("D-"));
        assertThat(runs.get("B")).hasValue(2);
        assertThat(runs.get("C")).hasValue(1);
    }

    @Test
    void cTimingOutIsRetriedWhileBsResultIsKept() {
        Step c = Step.builder("C").activityType("C", "1.0").taskList("c_tasks").after("A")
                .startToCloseTimeout(Timeout.ofSeconds(30)).retryPolicy(RetryPolicy.exponential(3, Duration.ZERO)).build();
        CountDownLatch firstCStarted = new CountDownLatch(1);
        CountDownLatch timedOut = new CountDownLatch(1);
        InProcessFlows.advanceOnce(clock, firstCStarted, Duration.ofSeconds(30), timedOut);
        WorkflowExecution execution = runDiamond(diamond(c, RetryPolicy.noRetries()), ctx -> {
            if (ctx.task().activityId().equals("C-1")) {
                firstCStarted.countDown();
                timedOut.await(20, TimeUnit.SECONDS);
                return "too late";
            }
            return ctx.input() + "+C";
        });
        List<HistoryEvent> history = history(execution);

        assertThat(history).filteredOn(e -> e.attributes() instanceof ActivityTaskTimedOut).singleElement()
                .satisfies(e -> assertThat(e.attributes(ActivityTaskTimedOut.class).scheduledEventId())
                        .isEqualTo(eventIdOf(history, "C-1")));
        assertThat(scheduled(history, "D-1").input()).isEqualTo("{\"B\":\"job+A+B\",\"C\":\"job+A+C\"}");
        assertThat(last(history).eventType()).isEqualTo(EventType.WorkflowExecutionCompleted);
        assertThat(runs.get("B")).hasValue(1);
        assertThat(runs.get("C")).hasValue(2);
    }

    private static Pipeline diamond(Step c, RetryPolicy b) {
        return Pipeline.of(Step.of("A", "A", "a_tasks"),
                Step.builder("B").activityType("B", "1.0").taskList("b_tasks").after("A").retryPolicy(b).build(),
                c, Step.of("D", "D", "a_tasks").after("B", "C"));
    }

    private WorkflowExecution runDiamond(Pipeline pipeline, ActivityHandler c) {
        return runFlow(pipeline, ctx -> ctx.input() + "+B", c);
    }

    private WorkflowExecution runFlow(Pipeline pipeline, ActivityHandler b, ActivityHandler c) {
        InProcessFlows.register(ports, DOMAIN, FLOW, List.of("A", "B", "C", "D"));
        ActivityHandler onA = ctx -> ctx.task().activityType().name().equals("A") ? ctx.input() + "+A" : "D(" + ctx.input() + ")";
        try (DeciderRunner decider = DeciderRunner.builder(ports.decisionTasks(), pipeline).taskList("decisions").build();
             ActivityWorker workerA = worker("a_tasks", onA);
             ActivityWorker workerB = worker("b_tasks", b);
             ActivityWorker workerC = worker("c_tasks", c)) {
            decider.start();
            workerA.start();
            workerB.start();
            workerC.start();
            return InProcessFlows.startAndAwaitClose(ports, DOMAIN, FLOW, Duration.ofSeconds(30));
        }
    }

    private ActivityWorker worker(String taskList, ActivityHandler handler) {
        ActivityHandler counted = ctx -> {
            String step = ctx.task().activityId().substring(0, ctx.task().activityId().indexOf('-'));
            runs.computeIfAbsent(step, s -> new AtomicInteger()).incrementAndGet();
            return handler.handle(ctx);
        };
        return ActivityWorker.builder(ports.activityTasks(), counted).taskList(taskList)
                .heartbeatInterval(Duration.ofMillis(100)).build();
    }


    private List<HistoryEvent> history(WorkflowExecution execution) {
        return ports.workflows().history(DOMAIN, execution);
    }

    private static List<EventType> types(List<HistoryEvent> history) {
        return history.stream().map(HistoryEvent::eventType).toList();
    }

    private static HistoryEvent last(List<HistoryEvent> history) {
        return history.get(history.size() - 1);
    }

    private static ActivityTaskScheduled scheduled(List<HistoryEvent> history, String activityId) {
        return history.stream().filter(e -> e.attributes() instanceof ActivityTaskScheduled s && s.activityId().equals(activityId))
                .findFirst().orElseThrow(() -> new AssertionError(activityId + " was never scheduled"))
                .attributes(ActivityTaskScheduled.class);
    }

    private static long eventIdOf(List<HistoryEvent> history, String activityId) {
        return history.stream().filter(e -> e.attributes() instanceof ActivityTaskScheduled s && s.activityId().equals(activityId))
                .findFirst().orElseThrow().eventId();
    }
}
