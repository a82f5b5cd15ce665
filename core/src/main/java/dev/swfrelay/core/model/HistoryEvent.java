package dev.swfrelay.core.model;

import dev.swfrelay.core.model.event.EventAttributes;
import java.time.Instant;
import java.util.Objects;

/**
 * One event of an execution's history: its id (1 for the first event, then consecutive),
 * when it happened, and its attributes, whose record type says which event it is.
 */
public record HistoryEvent(long eventId, Instant eventTimestamp, EventAttributes attributes) {

    public HistoryEvent {
        if (eventId < 1) {
            throw new IllegalArgumentException("HistoryEvent.eventId must be at least 1, was " + eventId);
        }
        Objects.requireNonNull(eventTimestamp, "HistoryEvent.eventTimestamp");
        Objects.requireNonNull(attributes, "HistoryEvent.attributes");
    }

    public EventType eventType() {
        return attributes.eventType();
    }

    /** The attributes as {@code type}, for callers that already know the event type. */
    public <T extends EventAttributes> T attributes(Class<T> type) {
        return type.cast(attributes);
    }
}
