package dev.swfrelay.core.replay;

import dev.swfrelay.core.model.DecisionType;
import java.util.Map;
import java.util.Objects;

/**
 * A decision as the history recorded it, reconstructed from the event it produced.
 *
 * @param decisionType which decision it was
 * @param eventId      the event that records it ({@code ActivityTaskScheduled}, {@code StartTimerFailed}...)
 * @param attributes   its attributes as dotted paths ({@code taskList.name}); only those the event carries
 * @param complete     whether the event carries every attribute of the decision: a failure event
 *                     ({@code ScheduleActivityTaskFailed}) keeps only the ids, so only those compare
 */
public record RecordedDecision(DecisionType decisionType, long eventId, Map<String, Object> attributes,
                               boolean complete) {

    public RecordedDecision {
        Objects.requireNonNull(decisionType, "RecordedDecision.decisionType");
        attributes = Map.copyOf(attributes);
    }

    @Override
    public String toString() {
        return decisionType + " (event " + eventId + (complete ? "" : ", failed") + ") "
                + DecisionText.attributes(attributes);
    }
}
