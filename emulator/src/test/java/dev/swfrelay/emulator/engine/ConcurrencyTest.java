package dev.swfrelay.emulator.engine;

import static dev.swfrelay.emulator.engine.EngineFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.swfrelay.core.model.*;
import dev.swfrelay.core.model.decision.CompleteWorkflowExecution;
import dev.swfrelay.core.model.decision.Decision;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** 32 pollers per task list, 10,000 activity tasks across 100 executions: each delivered exactly once. */
class ConcurrencyTest {

    private static final int EXECUTIONS = 100;
    private static final int ACTIVITIES_EACH = 100;
    private static final int POLLERS = 32;

    @Test
    void everyTaskIsDeliveredExactlyOnce() throws Exception {
        try (EngineFixture f = new EngineFixture()) {
            Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();
            AtomicInteger completedRuns = new AtomicInteger();
            AtomicBoolean done = new AtomicBoolean();
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2 * POLLERS);
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < POLLERS; i++) {
                workers.add(pool.submit(() -> decide(f, go, done, completedRuns)));
                workers.add(pool.submit(() -> work(f, go, done, deliveries)));
            }
            go.countDown();
            for (int i = 0; i < EXECUTIONS; i++) {
                f.start("wf-" + i);
            }
            org.awaitility.Awaitility.await().atMost(60, TimeUnit.SECONDS).until(() -> completedRuns.get() == EXECUTIONS);
            done.set(true);
            for (Future<?> worker : workers) {
                worker.get(10, TimeUnit.SECONDS);
            }
            pool.shutdown();
            assertThat(deliveries).hasSize(EXECUTIONS * ACTIVITIES_EACH);
            assertThat(deliveries.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
            assertThat(f.swf.countClosedWorkflowExecutions(dev.swfrelay.core.api.CountClosedWorkflowExecutionsRequest
                    .builder().domain(DOMAIN).startTimeFilter(new ExecutionTimeFilter(null, T0.minusSeconds(1)))
                    .closeStatusFilter(new CloseStatusFilter(CloseStatus.COMPLETED)).build()).count()).isEqualTo(EXECUTIONS);
        }
    }

    private static Void decide(EngineFixture f, CountDownLatch go, AtomicBoolean done, AtomicInteger completedRuns)
            throws InterruptedException {
        go.await();
        while (!done.get()) {
            DecisionTask task = f.pollDecision();
            if (task.taskToken() == null) {
                continue;
            }
            long completed = task.events().stream().filter(e -> e.eventType() == EventType.ActivityTaskCompleted).count();
            boolean first = task.events().stream().noneMatch(e -> e.eventType() == EventType.ActivityTaskScheduled);
            List<Decision> decisions = new ArrayList<>();
            if (first) {
                for (int i = 0; i < ACTIVITIES_EACH; i++) {
                    decisions.add(activity("a" + i));
                }
            } else if (completed == ACTIVITIES_EACH) {
                decisions.add(new CompleteWorkflowExecution(null));
            }
            f.decide(task.taskToken(), decisions.toArray(new Decision[0]));
            if (completed == ACTIVITIES_EACH) {
                completedRuns.incrementAndGet();
            }
        }
        return null;
    }

    private static Void work(EngineFixture f, CountDownLatch go, AtomicBoolean done, Map<String, AtomicInteger> deliveries)
            throws InterruptedException {
        go.await();
        while (!done.get()) {
            ActivityTask task = f.pollActivity();
            if (task.taskToken() == null) {
                continue;
            }
            deliveries.computeIfAbsent(task.workflowExecution().runId() + "/" + task.activityId(),
                    k -> new AtomicInteger()).incrementAndGet();
            f.completeActivity(task.taskToken(), "ok");
        }
        return null;
    }
}
