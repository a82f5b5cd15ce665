package dev.swfrelay.it.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.swf.model.ActivityTaskScheduledEventAttributes;
import software.amazon.awssdk.services.swf.model.EventType;
import software.amazon.awssdk.services.swf.model.HistoryEvent;

/**
 * One A-then-B execution's history after a chaos run, read as SWF wrote it: A completed
 * once, then B scheduled with A's result and completed once, then the execution completed,
 * as its last event. Every other attempt of a step ended in a timeout (the task was held by
 * a killed process, or by a live one when the clock jumped), never in a failure.
 */
final class ChaosHistory {

    private final String workflowId;
    private final List<HistoryEvent> events;
    private final Map<Long, ActivityTaskScheduledEventAttributes> scheduled;

    ChaosHistory(String workflowId, List<HistoryEvent> events) {
        this.workflowId = workflowId;
        this.events = List.copyOf(events);
        this.scheduled = events.stream().filter(e -> e.eventType() == EventType.ACTIVITY_TASK_SCHEDULED)
                .collect(Collectors.toMap(HistoryEvent::eventId, HistoryEvent::activityTaskScheduledEventAttributes));
    }

    /** Asserts the A-then-B shape; {@code input} is what the execution was started with. */
    void assertCompletedAThenBOnce(String input) {
        List<HistoryEvent> completions = ofType(EventType.ACTIVITY_TASK_COMPLETED);
        assertThat(completions).as("activity completions of %s", workflowId).hasSize(2);
        HistoryEvent a = completions.get(0);
        HistoryEvent b = completions.get(1);
        ActivityTaskScheduledEventAttributes aScheduled = scheduled.get(a.activityTaskCompletedEventAttributes().scheduledEventId());
        ActivityTaskScheduledEventAttributes bScheduled = scheduled.get(b.activityTaskCompletedEventAttributes().scheduledEventId());
        assertThat(aScheduled.activityType().name()).as("%s: first completion", workflowId).isEqualTo("chaos-a");
        assertThat(a.activityTaskCompletedEventAttributes().result()).isEqualTo("A(" + input + ")");
        assertThat(bScheduled.activityType().name()).as("%s: second completion", workflowId).isEqualTo("chaos-b");
        assertThat(b.activityTaskCompletedEventAttributes().scheduledEventId())
                .as("%s: B scheduled after A completed", workflowId).isGreaterThan(a.eventId());
        assertThat(bScheduled.input()).isEqualTo(a.activityTaskCompletedEventAttributes().result());
        assertThat(b.activityTaskCompletedEventAttributes().result()).isEqualTo("B(A(" + input + "))");

        assertThat(ofType(EventType.WORKFLOW_EXECUTION_COMPLETED)).as("%s: completions", workflowId).hasSize(1);
        assertThat(events.get(events.size() - 1).eventType()).isEqualTo(EventType.WORKFLOW_EXECUTION_COMPLETED);
        assertThat(ofType(EventType.ACTIVITY_TASK_FAILED)).as("%s: failed attempts", workflowId).isEmpty();
        assertThat(activityTimeouts()).as("%s: attempts that did not complete timed out", workflowId)
                .isEqualTo(scheduled.size() - 2);
        assertThat(countBy(EventType.ACTIVITY_TASK_STARTED,
                e -> e.activityTaskStartedEventAttributes().scheduledEventId()))
                .as("%s: each attempt started at most once", workflowId).allSatisfy((id, n) -> assertThat(n).isOne());
    }

    /** Activity ids of every attempt scheduled, e.g. {@code, B-1}. */
    List<String> attemptIds() {
        return scheduled.values().stream().map(ActivityTaskScheduledEventAttributes::activityId).sorted().toList();
    }

    /** Activity ids of the two attempts that completed. */
    List<String> completedIds() {
        return ofType(EventType.ACTIVITY_TASK_COMPLETED).stream()
                .map(e -> scheduled.get(e.activityTaskCompletedEventAttributes().scheduledEventId()).activityId()).toList();
    }

    int activityTimeouts() {
        return ofType(EventType.ACTIVITY_TASK_TIMED_OUT).size();
    }

    int decisionTimeouts() {
        return ofType(EventType.DECISION_TASK_TIMED_OUT).size();
    }

    private List<HistoryEvent> ofType(EventType type) {
        return events.stream().filter(e -> e.eventType() == type).toList();
    }

    private Map<Long, Long> countBy(EventType type, Function<HistoryEvent, Long> key) {
        return events.stream().filter(e -> e.eventType() == type).collect(Collectors.groupingBy(key, Collectors.counting()));
    }
}
