package dev.swfrelay.emulator.engine;

import static dev.swfrelay.emulator.engine.EngineFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.swfrelay.core.api.CountPendingDecisionTasksRequest;
import dev.swfrelay.core.api.PollForDecisionTaskRequest;
import dev.swfrelay.core.model.DecisionTask;
import dev.swfrelay.core.model.WorkflowExecution;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Long polls on the engine. A poll meant to stay parked holds for SWF's own 60 s, so that only
 * the event under test can answer it: with the fixture's 200 ms hold, a busy machine let the
 * hold run out before the test's next step, and the poll came back empty.
 */
class LongPollTest {

    private EngineFixture f = new EngineFixture(builder -> builder.pollHold(Duration.ofSeconds(60)));

    @AfterEach
    void close() {
        f.close();
    }

    private CompletableFuture<DecisionTask> poll() {
        return f.swf.pollForDecisionTask(PollForDecisionTaskRequest.builder().domain(DOMAIN).taskList(DECISIONS)
                .identity("p").build());
    }

    private int pending() {
        return f.swf.countPendingDecisionTasks(new CountPendingDecisionTasksRequest(DOMAIN, DECISIONS)).count();
    }

    @Test
    void pollReturnsEmptyAfterItsHold() throws Exception {
        f.close();
        f = new EngineFixture();
        long began = System.nanoTime();
        DecisionTask empty = poll().get(5, TimeUnit.SECONDS);
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began)).isGreaterThanOrEqualTo(150);
        assertThat(empty.taskToken()).isNull();
        assertThat(empty.events()).isNull();
    }

    @Test
    void aZeroHoldAnswersAnEmptyListAtOnceAndLeavesNoPollParked() throws Exception {
        f.close();
        f = new EngineFixture(builder -> builder.pollHold(Duration.ZERO));

        CompletableFuture<DecisionTask> empty = poll();

        assertThat(empty).isDone();
        assertThat(empty.get().taskToken()).isNull();
        WorkflowExecution run = f.start("wf");
        assertThat(pending()).as("no withdrawn poll took the task").isEqualTo(1);
        assertThat(poll().get().workflowExecution()).isEqualTo(run);
    }

    @Test
    void parkedPollIsAnsweredByTheNextTask() throws Exception {
        CompletableFuture<DecisionTask> parked = poll();
        assertThat(parked).isNotDone();
        WorkflowExecution run = f.start("wf");
        assertThat(parked.get(5, TimeUnit.SECONDS).workflowExecution()).isEqualTo(run);
        assertThat(pending()).isZero();
    }

    @Test
    void cancelledPollIsWithdrawnAndNeverTakesATask() throws Exception {
        CompletableFuture<DecisionTask> parked = poll();
        parked.cancel(false);
        WorkflowExecution run = f.start("wf");
        assertThat(pending()).isEqualTo(1);
        assertThat(f.pollDecision().workflowExecution()).isEqualTo(run);
        assertThat(f.types(run)).hasSize(3);
    }

    @Test
    void closingTheEmulatorAnswersParkedPollsEmpty() throws Exception {
        CompletableFuture<DecisionTask> parked = poll();
        f.emulator.close();
        assertThat(parked.get(1, TimeUnit.SECONDS).taskToken()).isNull();
    }
}
