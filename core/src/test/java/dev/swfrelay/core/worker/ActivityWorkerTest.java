package dev.swfrelay.core.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.swfrelay.core.model.ActivityTask;
import dev.swfrelay.core.model.ActivityType;
import dev.swfrelay.core.model.TaskList;
import dev.swfrelay.core.model.WorkflowExecution;
import dev.swfrelay.core.worker.FakeActivityTaskSource.Outcome;
import dev.swfrelay.core.testsupport.Closing;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ActivityWorkerTest {

    static final TaskList A_TASKS = new TaskList("a_tasks");

    FakeActivityTaskSource source = new FakeActivityTaskSource(A_TASKS, 50);
    ActivityWorker worker;

    @AfterEach
    void closeWorker() {
        if (worker != null) {
            worker.close(Duration.ofSeconds(5));
        }
    }

    @Test
    void handlersResultCompletesTheTask() {
        start(ActivityWorker.builder(source, context -> "ran " + context.input() + " as " + context.task().activityId()));
        source.queue.offer(task("t1", "script-a"));

        awaitOutcome("t1");
        assertThat(source.outcomes("t1")).containsExactly(new Outcome("completed", "ran script-a as A-1", null));
    }

    @Test
    void handlerThatThrowsFailsTheTaskWithMessageAndStackTrace() {
        start(ActivityWorker.builder(source, context -> {
            throw new IllegalStateException("exit code 3");
        }));
        source.queue.offer(task("t1", null));

        Outcome outcome = awaitOutcome("t1");
        assertThat(outcome.kind()).isEqualTo("failed");
        assertThat(outcome.resultOrReason()).isEqualTo("exit code 3");
        assertThat(outcome.details()).startsWith("java.lang.IllegalStateException: exit code 3")
                .contains("at dev.swfrelay.core.worker.ActivityWorkerTest");
    }

    @Test
    void resultSwfRejectsFailsTheTaskSayingWhy() {
        start(ActivityWorker.builder(source, context -> "x".repeat(40_000)));
        source.queue.offer(task("t1", null));

        Outcome outcome = awaitOutcome("t1");
        assertThat(outcome.kind()).isEqualTo("failed");
        assertThat(outcome.resultOrReason()).startsWith("result rejected: 1 validation error detected: Value of length 40000 at 'result'");
    }

    @Test
    void heartbeatsRunAutomaticallyRepeatingTheHandlersLastDetails() {
        CountDownLatch beats = new CountDownLatch(1);
        start(ActivityWorker.builder(source, context -> {
            context.heartbeat("50%");
            await().atMost(Duration.ofSeconds(10)).until(() -> source.heartbeats(context.task().taskToken()).size() >= 4);
            beats.countDown();
            return "done";
        }).heartbeatInterval(Duration.ofMillis(10)));
        source.queue.offer(task("t1", null));

        assertThat(awaitOutcome("t1").kind()).isEqualTo("completed");
        assertThat(beats.getCount()).isZero();
        assertThat(source.heartbeats("t1")).hasSizeGreaterThanOrEqualTo(4).allMatch("50%"::equals);
    }

    @Test
    void cancellationSeenByAnAutomaticHeartbeatInterruptsTheHandlerAndReportsCanceled() {
        CountDownLatch running = new CountDownLatch(1);
        AtomicInteger sawCancel = new AtomicInteger();
        start(ActivityWorker.builder(source, context -> {
            running.countDown();
            try {
                new CountDownLatch(1).await();
                return "never";
            } catch (InterruptedException e) {
                sawCancel.set(context.isCancelRequested() ? 1 : -1);
                throw e;
            }
        }).heartbeatInterval(Duration.ofMillis(10)));
        source.queue.offer(task("t1", null));
        await().atMost(Duration.ofSeconds(10)).until(() -> running.getCount() == 0);

        source.requestCancel("t1");

        assertThat(awaitOutcome("t1").kind()).isEqualTo("canceled");
        assertThat(source.outcomes("t1")).hasSize(1);
        assertThat(sawCancel).hasValue(1);
    }

    @Test
    void handlerThatReturnsAfterCancellationIsReportedCanceledToo() {
        start(ActivityWorker.builder(source, context -> {
            await().atMost(Duration.ofSeconds(10)).until(context::isCancelRequested);
            return "partial";
        }).heartbeatInterval(Duration.ofMillis(10)).interruptOnCancel(false));
        source.requestCancel("t1");
        source.queue.offer(task("t1", null));

        assertThat(awaitOutcome("t1").kind()).isEqualTo("canceled");
    }

    @Test
    void handlersOwnHeartbeatReportsCancellationWithoutInterruptingItself() {
        AtomicInteger interruptedAfter = new AtomicInteger(-1);
        start(ActivityWorker.builder(source, context -> {
            boolean cancel = context.heartbeat("checking");
            interruptedAfter.set(Thread.currentThread().isInterrupted() ? 1 : 0);
            return cancel ? "stopping" : "carried on";
        }).heartbeatInterval(Duration.ZERO));
        source.requestCancel("t1");
        source.queue.offer(task("t1", null));

        assertThat(awaitOutcome("t1").kind()).isEqualTo("canceled");
        assertThat(interruptedAfter).hasValue(0);
        assertThat(source.heartbeats("t1")).containsExactly("checking");
    }

    @Test
    void automaticHeartbeatsStopOnceSwfNoLongerKnowsTheTask() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        start(ActivityWorker.builder(source, context -> {
            release.await();
            return "late";
        }).heartbeatInterval(Duration.ofMillis(5)));
        source.forget("t1");
        source.queue.offer(task("t1", null));
        await().atMost(Duration.ofSeconds(10)).until(() -> source.heartbeats("t1").size() == 1);

        CountDownLatch otherBeats = new CountDownLatch(1);
        source.queue.offer(task("t2", null));
        ActivityWorker second = ActivityWorker.builder(source, context -> {
            await().atMost(Duration.ofSeconds(10)).until(() -> source.heartbeats("t2").size() >= 5);
            otherBeats.countDown();
            return "ok";
        }).taskList(A_TASKS).heartbeatInterval(Duration.ofMillis(5)).build();
        second.start();
        try {
            assertThat(otherBeats.await(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            second.close(Duration.ofSeconds(5));
        }

        assertThat(source.heartbeats("t1")).hasSize(1);
        release.countDown();
    }

    @Test
    void runsAtMostHandlersTasksAtOnce() {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        start(ActivityWorker.builder(source, context -> {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            release.await();
            running.decrementAndGet();
            return "ok";
        }).pollers(3).handlers(2));
        for (int i = 1; i <= 6; i++) {
            source.queue.offer(task("t" + i, null));
        }

        await().atMost(Duration.ofSeconds(10)).until(() -> running.get() == 2);
        assertThat(source.queue.queued()).isEqualTo(4);
        release.countDown();
        await().atMost(Duration.ofSeconds(10)).until(() -> source.outcomeCount() == 6);
        assertThat(mostAtOnce).hasValue(2);
    }

    @Test
    void runsHandlersTasksConcurrently() throws InterruptedException {
        CountDownLatch allFourIn = new CountDownLatch(4);
        start(ActivityWorker.builder(source, context -> {
            allFourIn.countDown();
            return allFourIn.await(10, TimeUnit.SECONDS) ? "together" : "alone";
        }).pollers(2).handlers(4));
        for (int i = 1; i <= 4; i++) {
            source.queue.offer(task("t" + i, null));
        }

        await().atMost(Duration.ofSeconds(15)).until(() -> source.outcomeCount() == 4);
        for (int i = 1; i <= 4; i++) {
            assertThat(source.outcomes("t" + i)).containsExactly(new Outcome("completed", "together", null));
        }
    }

    @Test
    void closeLetsTheRunningActivityFinishAndReport() throws Exception {
        source = new FakeActivityTaskSource(A_TASKS, 60_000);
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        start(ActivityWorker.builder(source, context -> {
            running.countDown();
            release.await();
            return "finished";
        }).handlers(2));
        source.queue.offer(task("t1", null));
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
        await().atMost(Duration.ofSeconds(10)).until(() -> source.queue.parked() == 1);

        CompletableFuture<Boolean> closed = Closing.onOwnThread(worker::close, Duration.ofSeconds(10));
        await().atMost(Duration.ofSeconds(10)).until(() -> source.queue.withdrawn() == 1);
        assertThat(closed).isNotDone();
        release.countDown();

        assertThat(closed.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(source.outcomes("t1")).containsExactly(new Outcome("completed", "finished", null));
    }

    private void start(ActivityWorker.Builder builder) {
        worker = builder.taskList(A_TASKS).build();
        worker.start();
    }

    private Outcome awaitOutcome(String token) {
        await().atMost(Duration.ofSeconds(10)).until(() -> !source.outcomes(token).isEmpty());
        List<Outcome> outcomes = source.outcomes(token);
        return outcomes.get(0);
    }

    static ActivityTask task(String token, String input) {
        return ActivityTask.builder().activityId("A-1").activityType(new ActivityType("A", "1.0")).input(input)
                .startedEventId(6).taskToken(token).workflowExecution(new WorkflowExecution("run-1", "wf-1")).build();
    }
}
