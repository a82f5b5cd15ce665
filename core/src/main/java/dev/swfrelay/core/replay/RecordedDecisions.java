package dev.swfrelay.core.replay;

import dev.swfrelay.core.model.DecisionType;
import dev.swfrelay.core.model.EventType;
import dev.swfrelay.core.model.HistoryEvent;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The decisions a decision task returned, read back from the events they produced: each of the
 * 13 decisions leaves either its own event ({@code TimerStarted} for {@code StartTimer}) or a
 * failure event named after it ({@code StartTimerFailed}), both pointing at the task's
 * {@code DecisionTaskCompleted} through {@code decisionTaskCompletedEventId}.
 */
final class RecordedDecisions {

    private static final String COMPLETED_ID = "decisionTaskCompletedEventId";
    private static final Map<EventType, DecisionType> ACCEPTED = accepted();
    private static final Set<String> NOT_DECIDED = Set.of(COMPLETED_ID, "newExecutionRunId", "startedEventId",
            "cause", "initiatedEventId");

    private final Map<Long, HistoryEvent> byId = new HashMap<>();
    private final Map<Long, List<RecordedDecision>> byCompletedEvent = new HashMap<>();

    RecordedDecisions(List<HistoryEvent> events) {
        events.forEach(e -> byId.put(e.eventId(), e));
        for (HistoryEvent event : events) {
            decision(event).ifPresent(d -> byCompletedEvent
                    .computeIfAbsent(completedIdOf(event), id -> new ArrayList<>()).add(d));
        }
    }

    /** The decisions recorded for the task completed at {@code completedEventId}, in history order. */
    List<RecordedDecision> of(long completedEventId) {
        return List.copyOf(byCompletedEvent.getOrDefault(completedEventId, List.of()));
    }

    private Optional<RecordedDecision> decision(HistoryEvent event) {
        DecisionType accepted = ACCEPTED.get(event.eventType());
        if (accepted != null) {
            return Optional.of(new RecordedDecision(accepted, event.eventId(), decided(event), true));
        }
        DecisionType failed = failedDecision(event.eventType());
        if (failed == null || failedAfterInitiation(event)) {
            return Optional.empty();
        }
        return Optional.of(new RecordedDecision(failed, event.eventId(), decided(event), false));
    }

    /** Signals, external cancels and child starts can fail after SWF initiated them: that is no decision. */
    private boolean failedAfterInitiation(HistoryEvent event) {
        Object initiated = AttributePaths.of((Record) event.attributes()).get("initiatedEventId");
        HistoryEvent initiating = initiated instanceof Long id ? byId.get(id) : null;
        return initiating != null && initiating.eventType().name().endsWith("Initiated");
    }

    private static Map<String, Object> decided(HistoryEvent event) {
        Map<String, Object> attributes = AttributePaths.of((Record) event.attributes());
        if (event.eventType() == EventType.WorkflowExecutionContinuedAsNew) {
            attributes.remove("workflowType.name");
            Object version = attributes.remove("workflowType.version");
            if (version != null) {
                attributes.put("workflowTypeVersion", version);
            }
        }
        attributes.keySet().removeAll(NOT_DECIDED);
        return attributes;
    }

    private static long completedIdOf(HistoryEvent event) {
        return (Long) AttributePaths.of((Record) event.attributes()).get(COMPLETED_ID);
    }

    private static DecisionType failedDecision(EventType eventType) {
        for (DecisionType type : DecisionType.values()) {
            if ((type.name() + "Failed").equals(eventType.name())) {
                return type;
            }
        }
        return null;
    }

    private static Map<EventType, DecisionType> accepted() {
        Map<EventType, DecisionType> map = new EnumMap<>(EventType.class);
        map.put(EventType.ActivityTaskScheduled, DecisionType.ScheduleActivityTask);
        map.put(EventType.ActivityTaskCancelRequested, DecisionType.RequestCancelActivityTask);
        map.put(EventType.WorkflowExecutionCompleted, DecisionType.CompleteWorkflowExecution);
        map.put(EventType.WorkflowExecutionFailed, DecisionType.FailWorkflowExecution);
        map.put(EventType.WorkflowExecutionCanceled, DecisionType.CancelWorkflowExecution);
        map.put(EventType.WorkflowExecutionContinuedAsNew, DecisionType.ContinueAsNewWorkflowExecution);
        map.put(EventType.MarkerRecorded, DecisionType.RecordMarker);
        map.put(EventType.TimerStarted, DecisionType.StartTimer);
        map.put(EventType.TimerCanceled, DecisionType.CancelTimer);
        map.put(EventType.SignalExternalWorkflowExecutionInitiated, DecisionType.SignalExternalWorkflowExecution);
        map.put(EventType.RequestCancelExternalWorkflowExecutionInitiated,
                DecisionType.RequestCancelExternalWorkflowExecution);
        map.put(EventType.StartChildWorkflowExecutionInitiated, DecisionType.StartChildWorkflowExecution);
        map.put(EventType.LambdaFunctionScheduled, DecisionType.ScheduleLambdaFunction);
        return map;
    }
}
