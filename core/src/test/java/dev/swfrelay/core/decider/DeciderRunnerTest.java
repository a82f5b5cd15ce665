package dev.swfrelay.core.decider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.swfrelay.core.fake.RecordingSleeper;
import dev.swfrelay.core.model.DecisionTask;
import dev.swfrelay.core.model.TaskList;
import dev.swfrelay.core.model.decision.CompleteWorkflowExecution;
import dev.swfrelay.core.model.decision.Decision;
import dev.swfrelay.core.testing.HistoryBuilder;
import dev.swfrelay.core.testsupport.Closing;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DeciderRunnerTest {

    static final TaskList DECISIONS = new TaskList("decisions");
    static final Decider ECHO_TOKEN = task -> List.of(new CompleteWorkflowExecution(task.taskToken()));

    /** Polls hold 50 ms, so pollers keep coming back with empty polls. */
    FakeDecisionTaskSource source = new FakeDecisionTaskSource(DECISIONS, 50);
    DeciderRunner runner;

    @AfterEach
    void closeRunner() {
        if (runner != null) {
            runner.close(Duration.ofSeconds(5));
        }
    }

    @Test
    void answersEveryTaskOnceWithItsDecisions() {
        runner = DeciderRunner.builder(source, ECHO_TOKEN).taskList(DECISIONS).pollers(2).handlers(3).build();
        runner.start();
        for (int i = 1; i <= 20; i++) {
            source.queue.offer(task("t" + i));
        }

        await().atMost(Duration.ofSeconds(10)).until(() -> source.answerCount() >= 20);
        assertThat(source.answerCount()).isEqualTo(20);
        assertThat(source.answers()).hasSize(20)
                .containsEntry("t7", List.<Decision>of(new CompleteWorkflowExecution("t7")));
    }

    @Test
    void deciderThatThrowsLeavesTheTaskUnansweredAndTheRunnerRunning() {
        AtomicInteger calls = new AtomicInteger();
        Decider flaky = task -> {
            calls.incrementAndGet();
            if (task.taskToken().equals("bad")) {
                throw new IllegalStateException("bug in the decider");
            }
            return ECHO_TOKEN.decide(task);
        };
        runner = DeciderRunner.builder(source, flaky).taskList(DECISIONS).build();
        runner.start();

        source.queue.offer(task("bad"));
        await().atMost(Duration.ofSeconds(10)).until(() -> calls.get() == 1);
        source.queue.offer(task("good"));
        await().atMost(Duration.ofSeconds(10)).until(() -> source.answers().containsKey("good"));

        assertThat(source.answers()).containsOnlyKeys("good");
        assertThat(calls).hasValue(2);
        assertThat(runner.isRunning()).isTrue();
    }

    @Test
    void failedPollsBackOffExponentiallyWithJitterThenRecover() {
        RecordingSleeper sleeper = new RecordingSleeper();
        source.queue.failNextPolls(4);
        runner = DeciderRunner.builder(source, ECHO_TOKEN).taskList(DECISIONS)
                .backOff(Duration.ofMillis(100), Duration.ofMillis(300)).sleeper(sleeper).build();
        runner.start();
        source.queue.offer(task("after-outage"));

        await().atMost(Duration.ofSeconds(10)).until(() -> source.answers().containsKey("after-outage"));
        List<Duration> waits = sleeper.waits();
        assertThat(waits).hasSize(4);
        long[] ceilings = {100, 200, 300, 300};
        for (int i = 0; i < 4; i++) {
            assertThat(waits.get(i)).isBetween(Duration.ofMillis(ceilings[i] / 2), Duration.ofMillis(ceilings[i]));
        }
    }

    @Test
    void pollersOnlyPollWhileAHandlerIsFree() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch bothDeciding = new CountDownLatch(2);
        runner = DeciderRunner.builder(source, blockingUntil(release, bothDeciding))
                .taskList(DECISIONS).pollers(4).handlers(2).build();
        runner.start();
        source.queue.offer(task("t1"));
        source.queue.offer(task("t2"));
        assertThat(bothDeciding.await(10, TimeUnit.SECONDS)).isTrue();

        source.queue.offer(task("t3"));
        assertThat(source.queue.parked()).isZero();
        assertThat(source.queue.queued()).isEqualTo(1);

        release.countDown();
        await().atMost(Duration.ofSeconds(10)).until(() -> source.answers().size() == 3);
    }

    @Test
    void closeWithdrawsParkedPollsAndLetsTheTaskInFlightFinish() throws Exception {
        source = new FakeDecisionTaskSource(DECISIONS, 60_000);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch deciding = new CountDownLatch(1);
        runner = DeciderRunner.builder(source, blockingUntil(release, deciding))
                .taskList(DECISIONS).pollers(2).handlers(2).build();
        runner.start();
        source.queue.offer(task("in-flight"));
        assertThat(deciding.await(10, TimeUnit.SECONDS)).isTrue();
        await().atMost(Duration.ofSeconds(10)).until(() -> source.queue.parked() == 1);

        int pollsBeforeClose = source.queue.polls();
        CompletableFuture<Boolean> closed = Closing.onOwnThread(runner::close, Duration.ofSeconds(10));
        await().atMost(Duration.ofSeconds(10)).until(() -> source.queue.withdrawn() >= 1);
        assertThat(source.queue.withdrawn()).as("only the poll parked before close is withdrawn").isEqualTo(1);
        source.queue.offer(task("too-late"));
        assertThat(closed).isNotDone();
        release.countDown();

        assertThat(closed.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(source.queue.polls()).as("no poll begun after close").isEqualTo(pollsBeforeClose);
        assertThat(source.answers()).containsOnlyKeys("in-flight");
        assertThat(source.queue.queued()).isEqualTo(1);
        assertThat(runner.isRunning()).isFalse();
    }

    @Test
    void closeInterruptsWhatIsStillRunningAfterTheDeadline() throws InterruptedException {
        AtomicBoolean interrupted = new AtomicBoolean();
        CountDownLatch deciding = new CountDownLatch(1);
        Decider stuck = task -> {
            deciding.countDown();
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
            return List.of();
        };
        runner = DeciderRunner.builder(source, stuck).taskList(DECISIONS).build();
        runner.start();
        source.queue.offer(task("stuck"));
        assertThat(deciding.await(10, TimeUnit.SECONDS)).isTrue();

        assertThat(runner.close(Duration.ofMillis(100))).isFalse();
        await().atMost(Duration.ofSeconds(10)).untilTrue(interrupted);
    }

    @Test
    void aRunnerStartsOnceAndNeedsATaskList() {
        runner = DeciderRunner.builder(source, ECHO_TOKEN).taskList("decisions").build();
        runner.start();
        assertThatThrownBy(runner::start).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> DeciderRunner.builder(source, ECHO_TOKEN).build()).hasMessageContaining("taskList");
        assertThatThrownBy(() -> DeciderRunner.builder(source, ECHO_TOKEN).pollers(0)).hasMessageContaining("pollers");
    }

    static DecisionTask task(String token) {
        return HistoryBuilder.workflowStarted("in").decisionTask().toBuilder().taskToken(token).build();
    }

    private static Decider blockingUntil(CountDownLatch release, CountDownLatch entered) {
        return task -> {
            entered.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ECHO_TOKEN.decide(task);
        };
    }
}
