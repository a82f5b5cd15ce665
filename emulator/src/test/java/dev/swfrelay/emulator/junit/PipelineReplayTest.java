package dev.swfrelay.emulator.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.swfrelay.core.model.ActivityTask;
import dev.swfrelay.core.model.DecisionType;
import dev.swfrelay.core.model.EventType;
import dev.swfrelay.core.model.HistoryEvent;
import dev.swfrelay.core.model.Timeout;
import dev.swfrelay.core.pipeline.Pipeline;
import dev.swfrelay.core.pipeline.RetryPolicy;
import dev.swfrelay.core.pipeline.Step;
import dev.swfrelay.core.replay.AttributeDifference;
import dev.swfrelay.core.replay.DeciderReplayer;
import dev.swfrelay.core.replay.Divergence;
import dev.swfrelay.core.replay.ReplayMode;
import dev.swfrelay.core.replay.ReplayResult;
import dev.swfrelay.emulator.json.SwfJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline's histories, recorded on the in-process emulator with a virtual clock and
 * written as SWF's JSON, replay against the same pipeline; changed pipelines diverge where
 * the change first shows, with a diff that says what changed.
 */
class PipelineReplayTest {

    static final Step A = Step.builder("A").activityType("A", "1.0").taskList("a_tasks")
            .startToCloseTimeout(Timeout.ofSeconds(30)).retryPolicy(RetryPolicy.exponential(3, Duration.ofSeconds(10)))
            .build();
    static final Step B = Step.builder("B").activityType("B", "1.0").taskList("b_tasks")
            .retryPolicy(RetryPolicy.noRetries()).build();
    static final Pipeline PIPELINE = Pipeline.of(A, B);

    @TempDir
    Path histories;

    @TestFactory
    Stream<DynamicTest> everyRecordedHistoryReplaysWithNoDivergence() throws Exception {
        write("1-happy-path.json", happyPath(), EventType.WorkflowExecutionCompleted);
        write("2-retry-through-timer.json", retryThroughTimer(), EventType.WorkflowExecutionCompleted);
        write("3-activity-timeout.json", activityTimeout(), EventType.WorkflowExecutionCompleted);
        write("4-cancellation.json", cancellation(), EventType.WorkflowExecutionCanceled);
        write("5-failure.json", failure(), EventType.WorkflowExecutionFailed);

        List<DynamicTest> tests = HistoryReplay.eachHistoryIn(histories, PIPELINE).toList();

        assertThat(tests).extracting(DynamicTest::getDisplayName).containsExactly("replays 1-happy-path.json",
                "replays 2-retry-through-timer.json", "replays 3-activity-timeout.json", "replays 4-cancellation.json",
                "replays 5-failure.json");
        return tests.stream();
    }

    @Test
    void theRecordedHistoriesAlsoReplayStrictly() throws Exception {
        for (List<HistoryEvent> history : List.of(happyPath(), retryThroughTimer(), activityTimeout(), cancellation(), failure())) {
            ReplayResult result = DeciderReplayer.of(PIPELINE).mode(ReplayMode.STRICT).replay(history);
            assertThat(result.matches()).as(result.toString()).isTrue();
            assertThat(result.replayed()).hasSizeGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void insertingAStepDivergesAtTheDecisionAfterA() throws Exception {
        List<HistoryEvent> history = happyPath();
        Pipeline inserted = Pipeline.of(A, Step.of("X", "X", "x_tasks"), B);

        Divergence divergence = DeciderReplayer.of(inserted).replay(history).divergence().orElseThrow();

        assertThat(divergence.point().ordinal()).isEqualTo(2);
        assertThat(divergence.point().completedEventId()).isEqualTo(completedEventIds(history).get(1));
        assertThat(divergence.expected().decisionType()).isEqualTo(DecisionType.ScheduleActivityTask);
        assertThat(divergence.differences()).containsExactly(new AttributeDifference("activityId", "B-1", "X-1"),
                new AttributeDifference("activityType.name", "B", "X"),
                new AttributeDifference("taskList.name", "b_tasks", "x_tasks"));
        assertThat(divergence.describe()).contains("decision task 2 (scheduled at event "
                + divergence.point().scheduledEventId() + ", started at " + divergence.point().startedEventId()
                + ", completed at " + divergence.point().completedEventId() + ")")
                .contains("activityId: recorded \"B-1\", decider returned \"X-1\"");
    }

    @Test
    void movingAStepToAnotherTaskListDivergesOnItsTaskList() throws Exception {
        Pipeline moved = Pipeline.of(A, Step.builder("B").activityType("B", "1.0").taskList("c_tasks")
                .retryPolicy(RetryPolicy.noRetries()).build());

        Divergence divergence = DeciderReplayer.of(moved).replay(happyPath()).divergence().orElseThrow();

        assertThat(divergence.point().ordinal()).isEqualTo(2);
        assertThat(divergence.differences()).containsExactly(new AttributeDifference("taskList.name", "b_tasks", "c_tasks"));
    }

    @Test
    void fewerRetriesFailTheWorkflowWhereTheHistoryWaitedOnATimer() throws Exception {
        List<HistoryEvent> history = retryThroughTimer();
        Pipeline noRetries = Pipeline.of(Step.builder("A").activityType("A", "1.0").taskList("a_tasks")
                .startToCloseTimeout(Timeout.ofSeconds(30)).retryPolicy(RetryPolicy.noRetries()).build(), B);

        Divergence divergence = DeciderReplayer.of(noRetries).replay(history).divergence().orElseThrow();

        assertThat(divergence.point().completedEventId()).isEqualTo(completedEventIds(history).get(1));
        assertThat(divergence.differences()).containsExactly(new AttributeDifference("decisionType",
                DecisionType.StartTimer, DecisionType.FailWorkflowExecution));
    }

    @Test
    void aLongerBackOffPassesByDefaultAndDivergesStrictlyOnTheTimersDelay() throws Exception {
        List<HistoryEvent> history = retryThroughTimer();
        Pipeline slower = Pipeline.of(Step.builder("A").activityType("A", "1.0").taskList("a_tasks")
                .startToCloseTimeout(Timeout.ofSeconds(30)).retryPolicy(RetryPolicy.exponential(3, Duration.ofSeconds(20)))
                .build(), B);

        assertThat(DeciderReplayer.of(slower).replay(history).matches()).isTrue();
        Divergence strict = DeciderReplayer.of(slower).mode(ReplayMode.STRICT).replay(history).divergence().orElseThrow();
        assertThat(strict.point().ordinal()).isEqualTo(2);
        assertThat(strict.differences()).containsExactly(new AttributeDifference("startToFireTimeout",
                Timeout.ofSeconds(10), Timeout.ofSeconds(20)));
    }

    static List<HistoryEvent> happyPath() throws InterruptedException {
        try (PipelineRecorder run = new PipelineRecorder(PIPELINE, "A", "B")) {
            run.start("job").decide().complete("a_tasks", "A-1", "a-out").decide()
                    .complete("b_tasks", "B-1", "b-out").decide();
            return run.history();
        }
    }

    static List<HistoryEvent> retryThroughTimer() throws InterruptedException {
        try (PipelineRecorder run = new PipelineRecorder(PIPELINE, "A", "B")) {
            run.start("job").decide().fail("a_tasks", "A-1", "flaky").decide().advance(Duration.ofSeconds(10)).decide()
                    .complete("a_tasks", "A-2", "a-out").decide().complete("b_tasks", "B-1", "b-out").decide();
            return run.history();
        }
    }

    static List<HistoryEvent> activityTimeout() throws InterruptedException {
        try (PipelineRecorder run = new PipelineRecorder(PIPELINE, "A", "B")) {
            run.start("job").decide().activity("a_tasks", "A-1");
            run.advance(Duration.ofSeconds(30)).decide().advance(Duration.ofSeconds(10)).decide()
                    .complete("a_tasks", "A-2", "a-out").decide().complete("b_tasks", "B-1", "b-out").decide();
            return run.history();
        }
    }

    static List<HistoryEvent> cancellation() throws InterruptedException {
        try (PipelineRecorder run = new PipelineRecorder(PIPELINE, "A", "B")) {
            ActivityTask running = run.start("job").decide().activity("a_tasks", "A-1");
            run.requestCancel().decide().canceled(running);
            run.decide();
            return run.history();
        }
    }

    static List<HistoryEvent> failure() throws InterruptedException {
        try (PipelineRecorder run = new PipelineRecorder(PIPELINE, "A", "B")) {
            run.start("job").decide().complete("a_tasks", "A-1", "a-out").decide()
                    .fail("b_tasks", "B-1", "broken").decide();
            return run.history();
        }
    }

    private void write(String name, List<HistoryEvent> history, EventType closedBy) throws Exception {
        assertThat(history.get(history.size() - 1).eventType()).isEqualTo(closedBy);
        Files.writeString(histories.resolve(name), SwfJson.writeHistory(history));
    }

    private static List<Long> completedEventIds(List<HistoryEvent> history) {
        return history.stream().filter(e -> e.eventType() == EventType.DecisionTaskCompleted)
                .map(HistoryEvent::eventId).toList();
    }
}
