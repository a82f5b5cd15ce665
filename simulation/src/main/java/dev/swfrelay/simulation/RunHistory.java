package dev.swfrelay.simulation;

import dev.swfrelay.core.model.EventType;
import dev.swfrelay.core.model.HistoryEvent;
import dev.swfrelay.emulator.json.SwfJson;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One simulated run's final history, oldest event first. */
public record RunHistory(String workflowId, List<HistoryEvent> events) {

    public RunHistory {
        Objects.requireNonNull(workflowId, "workflowId");
        events = List.copyOf(events);
    }

    /** The type of the last event, when it closed the run. */
    public Optional<EventType> closedAs() {
        if (events.isEmpty()) {
            return Optional.empty();
        }
        EventType last = events.get(events.size() - 1).eventType();
        return switch (last) {
            case WorkflowExecutionCompleted, WorkflowExecutionFailed, WorkflowExecutionTimedOut,
                    WorkflowExecutionCanceled, WorkflowExecutionTerminated, WorkflowExecutionContinuedAsNew ->
                    Optional.of(last);
            default -> Optional.empty();
        };
    }

    /** The history in SWF's JSON ({@code {"events":[...]}}), as {@code swf-relay replay} and the console read it. */
    public String json() {
        return SwfJson.writeHistory(events);
    }
}
