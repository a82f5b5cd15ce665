package dev.swfrelay.emulator.engine;

import static dev.swfrelay.emulator.engine.EngineFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.swfrelay.core.model.EventType;
import dev.swfrelay.core.model.HistoryEvent;
import dev.swfrelay.core.model.RequestCancelExternalWorkflowExecutionFailedCause;
import dev.swfrelay.core.model.ScheduleActivityTaskFailedCause;
import dev.swfrelay.core.model.SignalExternalWorkflowExecutionFailedCause;
import dev.swfrelay.core.model.StartChildWorkflowExecutionFailedCause;
import dev.swfrelay.core.model.StartTimerFailedCause;
import dev.swfrelay.core.model.Timeout;
import dev.swfrelay.core.model.WorkflowExecution;
import dev.swfrelay.core.model.decision.RequestCancelExternalWorkflowExecution;
import dev.swfrelay.core.model.decision.SignalExternalWorkflowExecution;
import dev.swfrelay.core.model.decision.StartChildWorkflowExecution;
import dev.swfrelay.core.model.decision.StartTimer;
import dev.swfrelay.core.model.event.RequestCancelExternalWorkflowExecutionFailed;
import dev.swfrelay.core.model.event.ScheduleActivityTaskFailed;
import dev.swfrelay.core.model.event.SignalExternalWorkflowExecutionFailed;
import dev.swfrelay.core.model.event.StartChildWorkflowExecutionFailed;
import dev.swfrelay.core.model.event.StartTimerFailed;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * SWF's decision buckets at throttling {@code swf:0.001} on a frozen clock: the decision past its
 * type's bucket is not applied but recorded as its failed event with the model's rate cause, the
 * decision task completes, and a new one is scheduled for the decider to see it.
 */
class ThrottledDecisionsTest {

    private final EngineFixture f = new EngineFixture(b -> b.throttling(Throttling.swf(0.001)));

    @AfterEach
    void close() {
        f.close();
    }

    /** The one event of {@code type} in the history, after the decision task's completion and before a new one. */
    private <T extends dev.swfrelay.core.model.event.EventAttributes> T failedThenRescheduled(
            WorkflowExecution run, EventType type, Class<T> attributes) {
        List<HistoryEvent> history = f.history(run);
        List<HistoryEvent> failed = history.stream().filter(e -> e.eventType() == type).toList();
        assertThat(failed).hasSize(1);
        long completed = history.stream().filter(e -> e.eventType() == EventType.DecisionTaskCompleted)
                .mapToLong(HistoryEvent::eventId).max().orElseThrow();
        long rescheduled = history.stream().filter(e -> e.eventType() == EventType.DecisionTaskScheduled)
                .mapToLong(HistoryEvent::eventId).max().orElseThrow();
        assertThat(failed.get(0).eventId()).isBetween(completed, rescheduled);
        return failed.get(0).attributes(attributes);
    }

    @Test
    void scheduleActivityTaskPastItsBucketFailsWithActivityCreationRateExceeded() {
        WorkflowExecution run = f.start("w"); // ScheduleActivityTask 1000 / 200: 1 token, 0.2 a second
        f.decide(f.pollDecision().taskToken(), activity("a"), activity("b"));

        ScheduleActivityTaskFailed failed = failedThenRescheduled(run, EventType.ScheduleActivityTaskFailed,
                ScheduleActivityTaskFailed.class);
        assertThat(failed.cause()).isEqualTo(ScheduleActivityTaskFailedCause.ACTIVITY_CREATION_RATE_EXCEEDED);
        assertThat(failed.activityId()).isEqualTo("b");
        assertThat(failed.activityType()).isEqualTo(ACTIVITY);
        assertThat(f.pollActivity().activityId()).isEqualTo("a");
    }

    @Test
    void theDecisionSucceedsOnceTheClockRefilledItsBucket() {
        WorkflowExecution run = f.start("w");
        f.decide(f.pollDecision().taskToken(), activity("a"), activity("b"));
        f.clock.advance(Duration.ofSeconds(5)); // 0.2 a second: one token, and one more poll and answer

        f.decide(f.pollDecision().taskToken(), activity("b"));

        assertThat(f.history(run).stream().filter(e -> e.eventType() == EventType.ActivityTaskScheduled)).hasSize(2);
    }

    @Test
    void startTimerPastItsBucketFailsWithTimerCreationRateExceeded() {
        WorkflowExecution run = f.start("w"); // StartTimer 2000 / 200: 2 tokens
        f.decide(f.pollDecision().taskToken(), timer("t1"), timer("t2"), timer("t3"));

        StartTimerFailed failed = failedThenRescheduled(run, EventType.StartTimerFailed, StartTimerFailed.class);
        assertThat(failed.cause()).isEqualTo(StartTimerFailedCause.TIMER_CREATION_RATE_EXCEEDED);
        assertThat(failed.timerId()).isEqualTo("t3");
        assertThat(f.describe(run).openCounts().openTimers()).isEqualTo(2);
    }

    @Test
    void startChildPastItsBucketFailsWithChildCreationRateExceeded() {
        WorkflowExecution run = f.start("w"); // StartChildWorkflowExecution 500 / 12: 1 token
        f.decide(f.pollDecision().taskToken(), child("kid1"), child("kid2"));

        StartChildWorkflowExecutionFailed failed = failedThenRescheduled(run, EventType.StartChildWorkflowExecutionFailed,
                StartChildWorkflowExecutionFailed.class);
        assertThat(failed.cause()).isEqualTo(StartChildWorkflowExecutionFailedCause.CHILD_CREATION_RATE_EXCEEDED);
        assertThat(failed.workflowId()).isEqualTo("kid2");
        assertThat(failed.workflowType()).isEqualTo(WORKFLOW);
        assertThat(failed.control()).isEqualTo("ctl");
        assertThat(failed.initiatedEventId()).isZero();
    }

    @Test
    void signalExternalPastItsBucketFailsWithItsRateCause() {
        WorkflowExecution run = f.start("w"); // SignalExternalWorkflowExecution 1200 / 120: 1 token
        SignalExternalWorkflowExecution signal = SignalExternalWorkflowExecution.builder().workflowId("nobody")
                .signalName("s").control("ctl").build();
        f.decide(f.pollDecision().taskToken(), signal, signal);

        List<HistoryEvent> history = f.history(run); // one read: the run's own history bucket holds 1 token
        List<SignalExternalWorkflowExecutionFailed> failed = history.stream()
                .filter(e -> e.eventType() == EventType.SignalExternalWorkflowExecutionFailed)
                .map(e -> e.attributes(SignalExternalWorkflowExecutionFailed.class)).toList();
        assertThat(failed).extracting(SignalExternalWorkflowExecutionFailed::cause).containsExactlyInAnyOrder(
                SignalExternalWorkflowExecutionFailedCause.SIGNAL_EXTERNAL_WORKFLOW_EXECUTION_RATE_EXCEEDED,
                SignalExternalWorkflowExecutionFailedCause.UNKNOWN_EXTERNAL_WORKFLOW_EXECUTION);
        assertThat(failed.stream().filter(e -> e.initiatedEventId() == 0).findFirst().orElseThrow().cause())
                .isEqualTo(SignalExternalWorkflowExecutionFailedCause.SIGNAL_EXTERNAL_WORKFLOW_EXECUTION_RATE_EXCEEDED);
        long rateExceeded = history.stream().filter(e -> e.eventType() == EventType.SignalExternalWorkflowExecutionFailed
                && e.attributes(SignalExternalWorkflowExecutionFailed.class).initiatedEventId() == 0)
                .mapToLong(HistoryEvent::eventId).findFirst().orElseThrow();
        assertThat(history.stream().filter(e -> e.eventType() == EventType.DecisionTaskScheduled
                && e.eventId() > rateExceeded)).hasSize(1);
    }

    @Test
    void requestCancelExternalPastItsBucketFailsWithItsRateCause() {
        WorkflowExecution run = f.start("w"); // RequestCancelExternalWorkflowExecution 1200 / 120: 1 token
        RequestCancelExternalWorkflowExecution cancel = RequestCancelExternalWorkflowExecution.builder()
                .workflowId("nobody").control("ctl").build();
        f.decide(f.pollDecision().taskToken(), cancel, cancel);

        List<RequestCancelExternalWorkflowExecutionFailed> failed = f.history(run).stream()
                .filter(e -> e.eventType() == EventType.RequestCancelExternalWorkflowExecutionFailed)
                .map(e -> e.attributes(RequestCancelExternalWorkflowExecutionFailed.class)).toList();
        assertThat(failed.stream().filter(e -> e.initiatedEventId() == 0).findFirst().orElseThrow().cause())
                .isEqualTo(RequestCancelExternalWorkflowExecutionFailedCause
                        .REQUEST_CANCEL_EXTERNAL_WORKFLOW_EXECUTION_RATE_EXCEEDED);
        assertThat(failed).hasSize(2);
    }

    @Test
    void decisionsWithoutADocumentedBucketAreNeverThrottled() {
        WorkflowExecution run = f.start("w");
        f.decide(f.pollDecision().taskToken(), new dev.swfrelay.core.model.decision.RecordMarker("d", "m1"),
                new dev.swfrelay.core.model.decision.RecordMarker("d", "m2"),
                new dev.swfrelay.core.model.decision.RecordMarker("d", "m3"));

        assertThat(f.history(run).stream().filter(e -> e.eventType() == EventType.MarkerRecorded)).hasSize(3);
    }

    private static StartTimer timer(String id) {
        return StartTimer.builder().timerId(id).startToFireTimeout(Timeout.ofSeconds(60)).build();
    }

    private static StartChildWorkflowExecution child(String workflowId) {
        return StartChildWorkflowExecution.builder().workflowId(workflowId).workflowType(WORKFLOW).control("ctl").build();
    }
}
