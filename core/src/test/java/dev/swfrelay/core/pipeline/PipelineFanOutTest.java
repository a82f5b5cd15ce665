package dev.swfrelay.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.swfrelay.core.model.ActivityTaskTimeoutType;
import dev.swfrelay.core.model.TaskList;
import dev.swfrelay.core.model.Timeout;
import dev.swfrelay.core.model.decision.CancelTimer;
import dev.swfrelay.core.model.decision.CancelWorkflowExecution;
import dev.swfrelay.core.model.decision.CompleteWorkflowExecution;
import dev.swfrelay.core.model.decision.Decision;
import dev.swfrelay.core.model.decision.FailWorkflowExecution;
import dev.swfrelay.core.model.decision.RequestCancelActivityTask;
import dev.swfrelay.core.model.decision.ScheduleActivityTask;
import dev.swfrelay.core.model.decision.StartTimer;
import dev.swfrelay.core.testing.HistoryBuilder;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The decider as a pure function of history for steps that fan out and join: A, then B and C at once, then D. */
class PipelineFanOutTest {

    static final Pipeline DIAMOND = diamond(RetryPolicy.noRetries(), RetryPolicy.noRetries());

    static Pipeline diamond(RetryPolicy b, RetryPolicy c) {
        return Pipeline.of(
                Step.of("A", "script-a", "a_tasks"),
                Step.builder("B").activityType("script-b", "1.0").taskList("b_tasks").retryPolicy(b).after("A").build(),
                Step.builder("C").activityType("script-c", "1.0").taskList("c_tasks").retryPolicy(c).after("A").build(),
                Step.of("D", "script-d", "a_tasks").after("B", "C"));
    }

    @Test
    void afterAStepsBAndCAreScheduledInOneDecisionWithAsResult() {
        HistoryBuilder history = aCompleted(DIAMOND, "a-out");

        assertThat(DIAMOND.decide(history.decisionTask())).containsExactly(
                schedule("B-1", "script-b", "b_tasks", "a-out"),
                schedule("C-1", "script-c", "c_tasks", "a-out"));
    }

    @Test
    void dWaitsUntilBothBAndCHaveCompleted() {
        HistoryBuilder history = aCompleted(DIAMOND, "a-out");
        history.decided(DIAMOND.decide(history.decisionTask())).activityStarted("C-1").activityCompleted("B-1", "b-out");

        assertThat(DIAMOND.decide(history.decisionTask())).isEmpty();
    }

    @Test
    void dGetsBothResultsAsOneJsonObjectAndItsResultCompletesTheWorkflow() {
        HistoryBuilder history = aCompleted(DIAMOND, "a-out");
        history.decided(DIAMOND.decide(history.decisionTask())).activityCompleted("C-1", "c \"quoted\"\n");
        history.decided(DIAMOND.decide(history.decisionTask())).activityCompleted("B-1", "b-out");

        List<Decision> join = DIAMOND.decide(history.decisionTask());
        assertThat(join).containsExactly(
                schedule("D-1", "script-d", "a_tasks", "{\"B\":\"b-out\",\"C\":\"c \\\"quoted\\\"\\n\"}"));

        history.decided(join).activityCompleted("D-1", "d-out");
        assertThat(DIAMOND.decide(history.decisionTask())).containsExactly(new CompleteWorkflowExecution("d-out"));
    }

    @Test
    void bFailingPastItsRetriesCancelsRunningCThenFailsTheWorkflowNamingB() {
        Pipeline pipeline = diamond(RetryPolicy.exponential(2, Duration.ofSeconds(5)), RetryPolicy.noRetries());
        HistoryBuilder history = aCompleted(pipeline, "a-out");
        history.decided(pipeline.decide(history.decisionTask())).activityStarted("C-1").activityFailed("B-1", "exit 1", null);
        history.decided(pipeline.decide(history.decisionTask())).timerFired("retry-B-2");
        history.decided(pipeline.decide(history.decisionTask())).activityFailed("B-2", "exit 2", "disk full");

        List<Decision> afterLastFailure = pipeline.decide(history.decisionTask());
        assertThat(afterLastFailure).containsExactly(new RequestCancelActivityTask("C-1"));

        history.decided(afterLastFailure).signaled("nudge", null);
        assertThat(pipeline.decide(history.decisionTask())).isEmpty();

        history.decided(List.of()).activityCanceled("C-1", "stopped");
        assertThat(pipeline.decide(history.decisionTask())).containsExactly(
                new FailWorkflowExecution("disk full", "step 'B' failed after 2 attempt(s): exit 2"));
    }

    @Test
    void aSiblingThatCompletesWhileTheWorkflowFailsStartsNoDependent() {
        HistoryBuilder history = aCompleted(DIAMOND, "a-out");
        history.decided(DIAMOND.decide(history.decisionTask())).activityStarted("C-1").activityFailed("B-1", "exit 1", null);
        history.decided(DIAMOND.decide(history.decisionTask())).activityCompleted("C-1", "c-out");

        assertThat(DIAMOND.decide(history.decisionTask())).containsExactly(
                new FailWorkflowExecution(null, "step 'B' failed after 1 attempt(s): exit 1"));
    }

    @Test
    void cTimingOutIsRetriedWhileBsResultIsKeptForD() {
        Pipeline pipeline = diamond(RetryPolicy.noRetries(), RetryPolicy.exponential(3, Duration.ZERO));
        HistoryBuilder history = aCompleted(pipeline, "a-out");
        history.decided(pipeline.decide(history.decisionTask()))
                .activityCompleted("B-1", "b-out")
                .activityTimedOut("C-1", ActivityTaskTimeoutType.START_TO_CLOSE);

        List<Decision> retry = pipeline.decide(history.decisionTask());
        assertThat(retry).containsExactly(schedule("C-2", "script-c", "c_tasks", "a-out"));

        history.decided(retry).activityCompleted("C-2", "c-out");
        assertThat(pipeline.decide(history.decisionTask()))
                .containsExactly(schedule("D-1", "script-d", "a_tasks", "{\"B\":\"b-out\",\"C\":\"c-out\"}"));
    }

    @Test
    void aBranchBackingOffDoesNotHoldBackAnother() {
        Pipeline pipeline = Pipeline.of(
                Step.of("A", "script-a", "a_tasks"),
                PipelineTest.retrying("B", RetryPolicy.exponential(3, Duration.ofSeconds(30))).after("A"),
                Step.of("C", "script-c", "c_tasks").after("A"),
                Step.of("E", "script-e", "c_tasks").after("C"));
        HistoryBuilder history = aCompleted(pipeline, "a-out");
        history.decided(pipeline.decide(history.decisionTask())).activityFailed("B-1", "exit 1", null)
                .activityCompleted("C-1", "c-out");

        assertThat(pipeline.decide(history.decisionTask())).containsExactly(
                new StartTimer(null, Timeout.ofSeconds(30), "retry-B-2"),
                schedule("E-1", "script-e", "c_tasks", "c-out"));
    }

    @Test
    void severalStepsNothingDependsOnCompleteWithTheirResultsAsJson() {
        Pipeline pipeline = Pipeline.of(Step.of("A", "script-a", "a_tasks"),
                Step.of("B", "script-b", "b_tasks").after("A"), Step.of("C", "script-c", "c_tasks").after("A"));
        HistoryBuilder history = aCompleted(pipeline, "a-out");
        history.decided(pipeline.decide(history.decisionTask())).activityCompleted("C-1", "c-out")
                .activityCompleted("B-1", null);

        assertThat(pipeline.decide(history.decisionTask()))
                .containsExactly(new CompleteWorkflowExecution("{\"B\":null,\"C\":\"c-out\"}"));
    }

    @Test
    void stepsAfterNothingAllStartAtOnceWithTheWorkflowInput() {
        Pipeline pipeline = Pipeline.of(Step.of("B", "script-b", "b_tasks").afterNothing(),
                Step.of("C", "script-c", "c_tasks").afterNothing(), Step.of("D", "script-d", "a_tasks").after("C", "B"));
        HistoryBuilder history = HistoryBuilder.workflowStarted("job");

        List<Decision> first = pipeline.decide(history.decisionTask());
        assertThat(first).containsExactly(schedule("B-1", "script-b", "b_tasks", "job"),
                schedule("C-1", "script-c", "c_tasks", "job"));
        history.decided(first).activityCompleted("B-1", "b").activityCompleted("C-1", "c");
        assertThat(pipeline.decide(history.decisionTask()))
                .containsExactly(schedule("D-1", "script-d", "a_tasks", "{\"C\":\"c\",\"B\":\"b\"}"));
    }

    @Test
    void oneDecisionTaskDecidesForEveryOpenBranch() {
        Pipeline pipeline = diamond(RetryPolicy.exponential(2, Duration.ZERO), RetryPolicy.exponential(2, Duration.ZERO));
        HistoryBuilder history = aCompleted(pipeline, "a-out");
        history.decided(pipeline.decide(history.decisionTask()))
                .activityFailed("B-1", "exit 1", null).activityFailed("C-1", "exit 1", null);

        assertThat(pipeline.decide(history.decisionTask())).containsExactly(
                schedule("B-2", "script-b", "b_tasks", "a-out"), schedule("C-2", "script-c", "c_tasks", "a-out"));
    }

    @Test
    void cancelRequestCancelsEveryRunningStepThenTheWorkflow() {
        HistoryBuilder history = aCompleted(DIAMOND, "a-out");
        history.decided(DIAMOND.decide(history.decisionTask())).activityStarted("B-1").activityStarted("C-1")
                .cancelRequested();

        List<Decision> cancels = DIAMOND.decide(history.decisionTask());
        assertThat(cancels).containsExactly(new RequestCancelActivityTask("B-1"), new RequestCancelActivityTask("C-1"));

        history.decided(cancels).activityCanceled("B-1", null);
        assertThat(DIAMOND.decide(history.decisionTask())).isEmpty();

        history.decided(List.of()).activityCompleted("C-1", "finished anyway");
        assertThat(DIAMOND.decide(history.decisionTask())).containsExactly(new CancelWorkflowExecution(null));
    }

    @Test
    void cancelRequestDuringOneBranchsBackOffCancelsItsTimerWithTheOtherBranch() {
        Pipeline pipeline = diamond(RetryPolicy.exponential(3, Duration.ofSeconds(30)), RetryPolicy.noRetries());
        HistoryBuilder history = aCompleted(pipeline, "a-out");
        history.decided(pipeline.decide(history.decisionTask())).activityStarted("C-1").activityFailed("B-1", "x", null);
        history.decided(pipeline.decide(history.decisionTask())).cancelRequested();

        assertThat(pipeline.decide(history.decisionTask()))
                .containsExactly(new CancelTimer("retry-B-2"), new RequestCancelActivityTask("C-1"));
    }

    @Test
    void theSameHistoryYieldsTheSameDecisionsAfterADecisionTaskTimedOut() {
        HistoryBuilder history = aCompleted(DIAMOND, "a-out");
        List<Decision> first = DIAMOND.decide(history.decisionTask());
        history.decisionTaskTimedOut();

        assertThat(DIAMOND.decide(history.decisionTask())).isEqualTo(first).hasSize(2);
    }

    @Test
    void joinedInputLongerThanSwfTakesFailsTheWorkflowNamingTheStep() {
        HistoryBuilder history = aCompleted(DIAMOND, "a-out");
        history.decided(DIAMOND.decide(history.decisionTask()))
                .activityCompleted("B-1", "b".repeat(20_000)).activityCompleted("C-1", "c".repeat(20_000));

        assertThat(DIAMOND.decide(history.decisionTask())).containsExactly(new FailWorkflowExecution(null,
                "step 'D' cannot start: its input (the results of B, C) is 40015 characters; SWF takes at most 32768"));
    }

    @Test
    void dependenciesDefaultToTheStepBefore() {
        assertThat(DIAMOND.dependenciesOf("B")).containsExactly("A");
        assertThat(DIAMOND.dependenciesOf("D")).containsExactly("B", "C");
        assertThat(PipelineTest.SEED.dependenciesOf("A")).isEmpty();
        assertThat(PipelineTest.SEED.dependenciesOf("B")).containsExactly("A");
    }

    private static HistoryBuilder aCompleted(Pipeline pipeline, String result) {
        HistoryBuilder history = HistoryBuilder.workflowStarted("job");
        List<Decision> first = pipeline.decide(history.decisionTask());
        assertThat(first).containsExactly(schedule("A-1", "script-a", "a_tasks", "job"));
        return history.decided(first).activityCompleted("A-1", result);
    }

    static ScheduleActivityTask schedule(String activityId, String type, String taskList, String input) {
        return ScheduleActivityTask.builder().activityId(activityId)
                .activityType(new dev.swfrelay.core.model.ActivityType(type, "1.0"))
                .taskList(new TaskList(taskList)).input(input).build();
    }
}
