package dev.swfrelay.core.replay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.swfrelay.core.model.ActivityType;
import dev.swfrelay.core.model.DecisionType;
import dev.swfrelay.core.model.SignalExternalWorkflowExecutionFailedCause;
import dev.swfrelay.core.model.TaskList;
import dev.swfrelay.core.model.Timeout;
import dev.swfrelay.core.model.WorkflowType;
import dev.swfrelay.core.model.decision.*;
import dev.swfrelay.core.model.event.*;
import java.util.List;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Each of SWF's 13 decisions is read back from the event it produced, accepted or failed. */
class EveryDecisionReplayTest {

    static final ActivityType A = new ActivityType("A", "1");
    static final WorkflowType CHILD = new WorkflowType("child", "1");

    static final List<Decision> ALL_THIRTEEN = List.of(
            ScheduleActivityTask.builder().activityId("a1").activityType(A).taskList(new TaskList("l")).input("x").build(),
            new RequestCancelActivityTask("a0"),
            new RecordMarker("d", "m"),
            new StartTimer(null, Timeout.ofSeconds(5), "t1"),
            new CancelTimer("t0"),
            SignalExternalWorkflowExecution.builder().signalName("s").workflowId("w").input("i").build(),
            RequestCancelExternalWorkflowExecution.builder().workflowId("w2").build(),
            StartChildWorkflowExecution.builder().workflowId("c").workflowType(CHILD).build(),
            ScheduleLambdaFunction.builder().id("l1").name("fn").build(),
            new CompleteWorkflowExecution("r"),
            new FailWorkflowExecution("details", "reason"),
            new CancelWorkflowExecution("why"),
            ContinueAsNewWorkflowExecution.builder().workflowTypeVersion("2").input("n").build());

    static final List<LongFunction<EventAttributes>> ACCEPTED = List.of(
            c -> ActivityTaskScheduled.builder().activityId("a1").activityType(A).taskList(new TaskList("l"))
                    .input("x").decisionTaskCompletedEventId(c).build(),
            c -> new ActivityTaskCancelRequested("a0", c),
            c -> new MarkerRecorded(c, "d", "m"),
            c -> new TimerStarted(null, c, Timeout.ofSeconds(5), "t1"),
            c -> new TimerCanceled(c, 2, "t0"),
            c -> SignalExternalWorkflowExecutionInitiated.builder().signalName("s").workflowId("w").input("i")
                    .decisionTaskCompletedEventId(c).build(),
            c -> RequestCancelExternalWorkflowExecutionInitiated.builder().workflowId("w2")
                    .decisionTaskCompletedEventId(c).build(),
            c -> StartChildWorkflowExecutionInitiated.builder().workflowId("c").workflowType(CHILD)
                    .decisionTaskCompletedEventId(c).build(),
            c -> LambdaFunctionScheduled.builder().id("l1").name("fn").decisionTaskCompletedEventId(c).build(),
            c -> new WorkflowExecutionCompleted(c, "r"),
            c -> new WorkflowExecutionFailed(c, "details", "reason"),
            c -> new WorkflowExecutionCanceled(c, "why"),
            c -> WorkflowExecutionContinuedAsNew.builder().workflowType(new WorkflowType("wf", "2")).input("n")
                    .newExecutionRunId("run-2").decisionTaskCompletedEventId(c).build());

    static final List<LongFunction<EventAttributes>> FAILED = List.of(
            c -> ScheduleActivityTaskFailed.builder().activityId("a1").activityType(A).decisionTaskCompletedEventId(c).build(),
            c -> RequestCancelActivityTaskFailed.builder().activityId("a0").decisionTaskCompletedEventId(c).build(),
            c -> RecordMarkerFailed.builder().markerName("m").decisionTaskCompletedEventId(c).build(),
            c -> StartTimerFailed.builder().timerId("t1").decisionTaskCompletedEventId(c).build(),
            c -> CancelTimerFailed.builder().timerId("t0").decisionTaskCompletedEventId(c).build(),
            c -> SignalExternalWorkflowExecutionFailed.builder().workflowId("w").decisionTaskCompletedEventId(c).build(),
            c -> RequestCancelExternalWorkflowExecutionFailed.builder().workflowId("w2").decisionTaskCompletedEventId(c).build(),
            c -> StartChildWorkflowExecutionFailed.builder().workflowId("c").workflowType(CHILD)
                    .decisionTaskCompletedEventId(c).build(),
            c -> ScheduleLambdaFunctionFailed.builder().id("l1").name("fn").decisionTaskCompletedEventId(c).build(),
            c -> CompleteWorkflowExecutionFailed.builder().decisionTaskCompletedEventId(c).build(),
            c -> FailWorkflowExecutionFailed.builder().decisionTaskCompletedEventId(c).build(),
            c -> CancelWorkflowExecutionFailed.builder().decisionTaskCompletedEventId(c).build(),
            c -> ContinueAsNewWorkflowExecutionFailed.builder().decisionTaskCompletedEventId(c).build());

    @Test
    void allThirteenAcceptedDecisionsReplayStrictly() {
        ReplayResult result = DeciderReplayer.of(task -> ALL_THIRTEEN).mode(ReplayMode.STRICT)
                .replay(oneTask(ACCEPTED));

        assertThat(result.matches()).as(result.toString()).isTrue();
        assertThat(result.replayed()).hasSize(1);
    }

    @Test
    void allThirteenFailedDecisionsReplayOnWhatTheirFailureEventsKept() {
        ReplayResult result = DeciderReplayer.of(task -> ALL_THIRTEEN).mode(ReplayMode.STRICT)
                .replay(oneTask(FAILED));

        assertThat(result.matches()).as(result.toString()).isTrue();
    }

    @Test
    void theRecordedDecisionTypesAreTheThirteenInOrder() {
        ReplayResult result = DeciderReplayer.of(task -> List.of()).replay(oneTask(ACCEPTED));

        Divergence divergence = result.divergence().orElseThrow();
        assertThat(divergence.recorded()).extracting(RecordedDecision::decisionType)
                .containsExactlyElementsOf(ALL_THIRTEEN.stream().map(Decision::decisionType).toList())
                .containsExactlyInAnyOrder(DecisionType.values());
        assertThat(divergence.index()).isZero();
        assertThat(divergence.actual()).isNull();
    }

    @Test
    void aSignalThatFailsAfterItWasInitiatedIsNoSecondDecision() {
        ReplayHistory history = ReplayHistory.started();
        long completed = history.decisionTask();
        long initiated = history.add(ACCEPTED.get(5).apply(completed));
        history.add(SignalExternalWorkflowExecutionFailed.builder().workflowId("w").initiatedEventId(initiated)
                .cause(SignalExternalWorkflowExecutionFailedCause.UNKNOWN_EXTERNAL_WORKFLOW_EXECUTION)
                .decisionTaskCompletedEventId(completed).build());

        ReplayResult result = DeciderReplayer.of(task -> List.of(ALL_THIRTEEN.get(5))).replay(history.events());

        assertThat(result.matches()).as(result.toString()).isTrue();
    }

    @Test
    void aChangedTimerIdInAFailedDecisionDiverges() {
        List<Decision> changed = Stream.concat(ALL_THIRTEEN.stream().limit(3),
                Stream.concat(Stream.of(new StartTimer(null, Timeout.ofSeconds(5), "t9")),
                        ALL_THIRTEEN.stream().skip(4))).toList();

        Divergence divergence = DeciderReplayer.of(task -> changed).replay(oneTask(FAILED)).divergence().orElseThrow();

        assertThat(divergence.index()).isEqualTo(3);
        assertThat(divergence.differences()).containsExactly(new AttributeDifference("timerId", "t1", "t9"));
    }

    private static List<dev.swfrelay.core.model.HistoryEvent> oneTask(List<LongFunction<EventAttributes>> events) {
        ReplayHistory history = ReplayHistory.started();
        long completed = history.decisionTask();
        events.forEach(e -> history.add(e.apply(completed)));
        return history.events();
    }
}
