package dev.swfrelay.emulator.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.swfrelay.core.model.HistoryEvent;
import java.io.IOException;

/**
 * A history event as SWF sends it: {@code eventId}, {@code eventTimestamp}, {@code eventType}
 * and the attributes under their type's member ({@code activityTaskCompletedEventAttributes}).
 */
final class HistoryEventWriter extends StdSerializer<HistoryEvent> {

    HistoryEventWriter() {
        super(HistoryEvent.class);
    }

    @Override
    public void serialize(HistoryEvent event, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeStartObject();
        gen.writeNumberField("eventId", event.eventId());
        provider.defaultSerializeField("eventTimestamp", event.eventTimestamp(), gen);
        gen.writeStringField("eventType", event.eventType().name());
        provider.defaultSerializeField(event.eventType().attributesMember(), event.attributes(), gen);
        gen.writeEndObject();
    }
}
