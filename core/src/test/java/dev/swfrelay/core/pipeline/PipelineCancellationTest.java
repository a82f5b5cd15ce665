package dev.swfrelay.core.pipeline;

import static dev.swfrelay.core.pipeline.PipelineTest.SEED;
import static dev.swfrelay.core.pipeline.PipelineTest.retrying;
import static org.assertj.core.api.Assertions.assertThat;

import dev.swfrelay.core.model.decision.CancelTimer;
import dev.swfrelay.core.model.decision.CancelWorkflowExecution;
import dev.swfrelay.core.model.decision.Decision;
import dev.swfrelay.core.model.decision.RequestCancelActivityTask;
import dev.swfrelay.core.testing.HistoryBuilder;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineCancellationTest {

    @Test
    void cancelRequestedMidStepCancelsTheRunningActivityFirst() {
        HistoryBuilder history = HistoryBuilder.workflowStarted("in");
        history.decided(SEED.decide(history.decisionTask())).activityCompleted("A-1", "a-out");
        history.decided(SEED.decide(history.decisionTask())).activityStarted("B-1").cancelRequested();

        assertThat(SEED.decide(history.decisionTask())).containsExactly(new RequestCancelActivityTask("B-1"));
    }

    @Test
    void afterAskingTheActivityToCancelItWaitsForItToClose() {
        HistoryBuilder history = runningAWithCancelRequested();
        history.decided(SEED.decide(history.decisionTask())).signaled("nudge", null);

        assertThat(SEED.decide(history.decisionTask())).isEmpty();
    }

    @Test
    void executionIsCanceledOnceTheActivityIsCanceled() {
        HistoryBuilder history = runningAWithCancelRequested();
        history.decided(SEED.decide(history.decisionTask())).activityCanceled("A-1", "stopped");

        assertThat(SEED.decide(history.decisionTask())).containsExactly(new CancelWorkflowExecution(null));
    }

    @Test
    void executionIsCanceledWhenTheActivityFinishesAnyway() {
        HistoryBuilder history = runningAWithCancelRequested();
        history.decided(SEED.decide(history.decisionTask())).activityCompleted("A-1", "done anyway");

        assertThat(SEED.decide(history.decisionTask())).containsExactly(new CancelWorkflowExecution(null));
    }

    @Test
    void cancelRequestedWhenNothingRunsCancelsAtOnce() {
        HistoryBuilder history = HistoryBuilder.workflowStarted("in").cancelRequested();

        assertThat(SEED.decide(history.decisionTask())).containsExactly(new CancelWorkflowExecution(null));
    }

    @Test
    void cancelRequestedDuringBackOffCancelsTheTimerAndTheExecution() {
        Pipeline pipeline = Pipeline.of(retrying("A", RetryPolicy.exponential(3, Duration.ofSeconds(30))));
        HistoryBuilder history = HistoryBuilder.workflowStarted("in");
        history.decided(pipeline.decide(history.decisionTask())).activityFailed("A-1", "boom", null);
        history.decided(pipeline.decide(history.decisionTask())).cancelRequested();

        assertThat(pipeline.decide(history.decisionTask()))
                .containsExactly(new CancelTimer("retry-A-2"), new CancelWorkflowExecution(null));
    }

    @Test
    void canceledActivityWithoutACancelRequestIsAFailedAttempt() {
        HistoryBuilder history = HistoryBuilder.workflowStarted("in");
        history.decided(SEED.decide(history.decisionTask())).activityCanceled("A-1", null);

        List<Decision> decisions = SEED.decide(history.decisionTask());
        assertThat(decisions).singleElement().hasToString(
                "FailWorkflowExecution[details=null, reason=step 'A' failed after 1 attempt(s): canceled]");
    }

    private static HistoryBuilder runningAWithCancelRequested() {
        HistoryBuilder history = HistoryBuilder.workflowStarted("in");
        history.decided(SEED.decide(history.decisionTask())).activityStarted("A-1").cancelRequested();
        assertThat(SEED.decide(history.decisionTask())).containsExactly(new RequestCancelActivityTask("A-1"));
        return history;
    }
}
