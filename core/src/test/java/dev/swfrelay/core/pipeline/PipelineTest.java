package dev.swfrelay.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.swfrelay.core.model.ActivityTaskTimeoutType;
import dev.swfrelay.core.model.ActivityType;
import dev.swfrelay.core.model.CompleteWorkflowExecutionFailedCause;
import dev.swfrelay.core.model.ScheduleActivityTaskFailedCause;
import dev.swfrelay.core.model.SwfFault;
import dev.swfrelay.core.model.TaskList;
import dev.swfrelay.core.model.Timeout;
import dev.swfrelay.core.model.decision.CompleteWorkflowExecution;
import dev.swfrelay.core.model.decision.Decision;
import dev.swfrelay.core.model.decision.FailWorkflowExecution;
import dev.swfrelay.core.model.decision.ScheduleActivityTask;
import dev.swfrelay.core.model.decision.StartTimer;
import dev.swfrelay.core.testing.HistoryBuilder;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineTest {

    static final ActivityType A = new ActivityType("A", "1.0");
    static final ActivityType B = new ActivityType("B", "1.0");
    static final Pipeline SEED = Pipeline.of(
            Step.of("A", A, new TaskList("a_tasks")),
            Step.of("B", B, new TaskList("b_tasks")));

    @Test
    void seedFlowRunsAOnATasksThenBOnBTasksThenCompletesWithBsResult() {
        HistoryBuilder history = HistoryBuilder.workflowStarted("job");
        List<String> scheduled = new java.util.ArrayList<>();
        List<Decision> decisions = SEED.decide(history.decisionTask());
        for (int round = 0; round < 5 && decisions.get(0) instanceof ScheduleActivityTask; round++) {
            ScheduleActivityTask schedule = (ScheduleActivityTask) decisions.get(0);
            scheduled.add(schedule.activityId() + "@" + schedule.taskList().name());
            history.decided(decisions).activityCompleted(schedule.activityId(),
                    schedule.input() + "->" + schedule.activityType().name());
            decisions = SEED.decide(history.decisionTask());
        }

        assertThat(scheduled).containsExactly("A-1@a_tasks", "B-1@b_tasks");
        assertThat(decisions).containsExactly(new CompleteWorkflowExecution("job->A->B"));
    }

    @Test
    void startSchedulesTheFirstStepOnItsTaskListWithTheWorkflowInput() {
        HistoryBuilder history = HistoryBuilder.workflowStarted("job-42");

        assertThat(SEED.decide(history.decisionTask())).containsExactly(ScheduleActivityTask.builder()
                .activityId("A-1").activityType(A).taskList(new TaskList("a_tasks")).input("job-42").build());
    }

    @Test
    void firstStepCompletedSchedulesTheSecondWithItsResult() {
        HistoryBuilder history = HistoryBuilder.workflowStarted("job-42");
        history.decided(SEED.decide(history.decisionTask())).activityCompleted("A-1", "a-out");

        List<Decision> decisions = SEED.decide(history.decisionTask());

        assertThat(decisions).singleElement().isInstanceOfSatisfying(ScheduleActivityTask.class, s -> {
            assertThat(s.activityId()).isEqualTo("B-1");
            assertThat(s.activityType()).isEqualTo(B);
            assertThat(s.taskList()).isEqualTo(new TaskList("b_tasks"));
            assertThat(s.input()).isEqualTo("a-out");
        });
    }

    @Test
    void lastStepCompletedCompletesTheExecutionWithItsResult() {
        HistoryBuilder history = HistoryBuilder.workflowStarted("job-42");
        history.decided(SEED.decide(history.decisionTask())).activityCompleted("A-1", "a-out");
        history.decided(SEED.decide(history.decisionTask())).activityCompleted("B-1", "b-out");

        assertThat(SEED.decide(history.decisionTask())).containsExactly(new CompleteWorkflowExecution("b-out"));
    }

    @Test
    void whileAStepRunsThereIsNothingToDecide() {
        HistoryBuilder history = HistoryBuilder.workflowStarted("in");
        history.decided(SEED.decide(history.decisionTask())).activityStarted("A-1");

        assertThat(SEED.decide(history.decisionTask())).isEmpty();
    }

    @Test
    void failedStepIsRetriedAfterABackOffTimerWithTheSameInput() {
        Pipeline pipeline = Pipeline.of(retrying("A", RetryPolicy.builder().maxAttempts(3)
                .initialBackOff(Duration.ofSeconds(10)).build()), Step.of("B", B, new TaskList("b_tasks")));
        HistoryBuilder history = HistoryBuilder.workflowStarted("in");
        history.decided(pipeline.decide(history.decisionTask())).activityFailed("A-1", "exit 3", "stderr");

        List<Decision> afterFailure = pipeline.decide(history.decisionTask());
        assertThat(afterFailure).containsExactly(new StartTimer(null, Timeout.ofSeconds(10), "retry-A-2"));

        history.decided(afterFailure).timerFired("retry-A-2");
        assertThat(pipeline.decide(history.decisionTask())).singleElement()
                .isInstanceOfSatisfying(ScheduleActivityTask.class, s -> {
                    assertThat(s.activityId()).isEqualTo("A-2");
                    assertThat(s.input()).isEqualTo("in");
                    assertThat(s.taskList()).isEqualTo(new TaskList("a_tasks"));
                });
    }

    @Test
    void whileTheBackOffTimerRunsThereIsNothingToDecide() {
        Pipeline pipeline = Pipeline.of(retrying("A", RetryPolicy.exponential(3, Duration.ofSeconds(5))));
        HistoryBuilder history = HistoryBuilder.workflowStarted("in");
        history.decided(pipeline.decide(history.decisionTask())).activityFailed("A-1", "boom", null);
        history.decided(pipeline.decide(history.decisionTask())).signaled("poke", null);

        assertThat(pipeline.decide(history.decisionTask())).isEmpty();
    }

    @Test
    void backOffGrowsByTheCoefficientBetweenAttempts() {
        Pipeline pipeline = Pipeline.of(retrying("A", RetryPolicy.builder().maxAttempts(4)
                .initialBackOff(Duration.ofSeconds(3)).backOffCoefficient(2.0).maxBackOff(Duration.ofSeconds(10)).build()));
        HistoryBuilder history = HistoryBuilder.workflowStarted("in");
        history.decided(pipeline.decide(history.decisionTask()));
        List<Timeout> waits = new java.util.ArrayList<>();
        for (int attempt = 1; attempt <= 3; attempt++) {
            history.activityFailed("A-" + attempt, "boom", null);
            StartTimer timer = (StartTimer) pipeline.decide(history.decisionTask()).get(0);
            waits.add(timer.startToFireTimeout());
            history.decided(List.of(timer)).timerFired(timer.timerId());
            history.decided(pipeline.decide(history.decisionTask()));
        }

        assertThat(waits).containsExactly(Timeout.ofSeconds(3), Timeout.ofSeconds(6), Timeout.ofSeconds(10));
    }

    @Test
    void zeroBackOffRetriesAtOnce() {
        Pipeline pipeline = Pipeline.of(retrying("A", RetryPolicy.builder().maxAttempts(2)
                .initialBackOff(Duration.ZERO).maxBackOff(Duration.ZERO).build()));
        HistoryBuilder history = HistoryBuilder.workflowStarted("in");
        history.decided(pipeline.decide(history.decisionTask())).activityFailed("A-1", "boom", null);

        assertThat(pipeline.decide(history.decisionTask())).singleElement()
                .extracting(d -> ((ScheduleActivityTask) d).activityId()).isEqualTo("A-2");
    }

    @Test
    void stepTimedOutPastItsAttemptsFailsTheExecutionNamingStepAndLastError() {
        Pipeline pipeline = Pipeline.of(retrying("A", RetryPolicy.builder().maxAttempts(2)
                .initialBackOff(Duration.ofSeconds(1)).build()));
        HistoryBuilder history = HistoryBuilder.workflowStarted("in");
        history.decided(pipeline.decide(history.decisionTask())).activityFailed("A-1", "exit 1", null);
        history.decided(pipeline.decide(history.decisionTask())).timerFired("retry-A-2");
        history.decided(pipeline.decide(history.decisionTask()))
                .activityTimedOut("A-2", ActivityTaskTimeoutType.START_TO_CLOSE);

        assertThat(pipeline.decide(history.decisionTask())).containsExactly(
                new FailWorkflowExecution(null, "step 'A' failed after 2 attempt(s): timed out (START_TO_CLOSE)"));
    }

    @Test
    void stepWithoutRetriesFailsTheExecutionWithTheActivitysDetails() {
        HistoryBuilder history = HistoryBuilder.workflowStarted("in");
        history.decided(SEED.decide(history.decisionTask())).activityCompleted("A-1", "a-out");
        history.decided(SEED.decide(history.decisionTask())).activityFailed("B-1", "disk full", "trace...");

        assertThat(SEED.decide(history.decisionTask())).containsExactly(
                new FailWorkflowExecution("trace...", "step 'B' failed after 1 attempt(s): disk full"));
    }

    @Test
    void activityThatCouldNotBeScheduledCountsAsAFailedAttempt() {
        Pipeline pipeline = Pipeline.of(retrying("A", RetryPolicy.exponential(2, Duration.ofSeconds(2))));
        HistoryBuilder history = HistoryBuilder.workflowStarted("in");
        history.decisionTask();
        history.decisionTaskCompleted()
                .scheduleActivityFailed("A-1", A, ScheduleActivityTaskFailedCause.ACTIVITY_TYPE_DOES_NOT_EXIST)
                .decisionTaskNeeded();

        assertThat(pipeline.decide(history.decisionTask()))
                .containsExactly(new StartTimer(null, Timeout.ofSeconds(2), "retry-A-2"));
    }

    @Test
    void failureReasonIsTrimmedToSwfsLimit() {
        HistoryBuilder history = HistoryBuilder.workflowStarted("in");
        history.decided(SEED.decide(history.decisionTask())).activityFailed("A-1", "x".repeat(256), null);

        FailWorkflowExecution fail = (FailWorkflowExecution) SEED.decide(history.decisionTask()).get(0);
        assertThat(fail.reason()).hasSize(256).startsWith("step 'A' failed after 1 attempt(s): xxx").endsWith("...");
    }

    @Test
    void signalsMarkersAndUnrelatedEventsChangeNothing() {
        HistoryBuilder plain = HistoryBuilder.workflowStarted("in");
        plain.decided(SEED.decide(plain.decisionTask())).activityCompleted("A-1", "a-out");

        HistoryBuilder noisy = HistoryBuilder.workflowStarted("in");
        noisy.signaled("hello", "x").markerRecorded("note", "d");
        noisy.decided(SEED.decide(noisy.decisionTask()))
                .activityScheduled("other-1", new ActivityType("Other", "1"), new TaskList("elsewhere"), null)
                .activityScheduled("A-x", A, new TaskList("a_tasks"), null)
                .timerStarted("A-9", Timeout.ofSeconds(5))
                .activityCompleted("other-1", "ignored")
                .timerFired("A-9")
                .signaled("again", null)
                .activityCompleted("A-1", "a-out")
                .markerRecorded("later", null);

        assertThat(SEED.decide(noisy.decisionTask())).isEqualTo(SEED.decide(plain.decisionTask()));
        assertThat(SEED.decide(noisy.decisionTask())).singleElement()
                .extracting(d -> ((ScheduleActivityTask) d).activityId()).isEqualTo("B-1");
    }

    @Test
    void decisionTaskThatTimedOutIsDecidedAgainTheSameWay() {
        HistoryBuilder history = HistoryBuilder.workflowStarted("in");
        List<Decision> first = SEED.decide(history.decisionTask());
        history.decisionTaskTimedOut();

        assertThat(SEED.decide(history.decisionTask())).isEqualTo(first).isNotEmpty();
    }

    @Test
    void rejectedCompletionIsDecidedAgain() {
        HistoryBuilder history = HistoryBuilder.workflowStarted("in");
        history.decided(SEED.decide(history.decisionTask())).activityCompleted("A-1", "a-out");
        history.decided(SEED.decide(history.decisionTask())).activityCompleted("B-1", "b-out");
        history.decisionTask();
        history.signaled("late", null).decisionTaskCompleted()
                .completeWorkflowFailed(CompleteWorkflowExecutionFailedCause.UNHANDLED_DECISION);

        assertThat(SEED.decide(history.decisionTask())).containsExactly(new CompleteWorkflowExecution("b-out"));
    }

    @Test
    void theSameHistoryAlwaysYieldsTheSameDecisions() {
        HistoryBuilder history = HistoryBuilder.workflowStarted("in");
        history.decided(SEED.decide(history.decisionTask())).activityCompleted("A-1", "a-out");

        assertThat(SEED.decide(history.decisionTask())).isEqualTo(SEED.decide(history.decisionTask()));
    }

    @Test
    void stepsMustHaveUniqueValidNames() {
        assertThatThrownBy(() -> Pipeline.of(Step.of("A", "A", "a"), Step.of("A", "B", "b")))
                .hasMessageContaining("'A' is used twice");
        assertThatThrownBy(() -> Step.of("a:b", "A", "a")).isInstanceOf(SwfFault.class).hasMessageContaining("Step.name");
        assertThatThrownBy(Pipeline::of).hasMessageContaining("at least one step");
        assertThatThrownBy(() -> Pipeline.builder().build()).hasMessageContaining("at least one step");
    }

    static Step retrying(String name, RetryPolicy policy) {
        return Step.builder(name).activityType(A).taskList("a_tasks").retryPolicy(policy).build();
    }
}
