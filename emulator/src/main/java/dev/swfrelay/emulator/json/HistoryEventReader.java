package dev.swfrelay.emulator.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.swfrelay.core.model.EventType;
import dev.swfrelay.core.model.Faults;
import dev.swfrelay.core.model.HistoryEvent;
import dev.swfrelay.core.model.event.EventAttributes;
import java.io.IOException;
import java.time.Instant;

/**
 * A history event as SWF sends it: {@code eventId}, {@code eventTimestamp}, {@code eventType}
 * naming the kind, and its attributes under {@code <kind>EventAttributes}.
 */
final class HistoryEventReader extends StdDeserializer<HistoryEvent> {

    HistoryEventReader() {
        super(HistoryEvent.class);
    }

    @Override
    public HistoryEvent deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonNode node = ctxt.readTree(p);
        if (!node.isObject()) {
            throw invalid(ctxt, null, Faults.HISTORY_EVENT, node.toString());
        }
        JsonNode id = node.get("eventId");
        if (id == null || !id.canConvertToExactIntegral() || id.asLong() < 1) {
            throw invalid(ctxt, "eventId", Faults.EVENT_ID, String.valueOf(id));
        }
        Instant timestamp = member(node.get("eventTimestamp"), "eventTimestamp", Instant.class, ctxt);
        EventType type = eventType(node.get("eventType"), ctxt);
        JsonNode attributes = node.get(type.attributesMember());
        if (attributes == null || attributes.isNull()) {
            attributes = JsonNodeFactory.instance.objectNode();
        }
        EventAttributes read = member(attributes, type.attributesMember(), type.attributesClass(), ctxt);
        return new HistoryEvent(id.asLong(), timestamp, read);
    }

    private static <T> T member(JsonNode member, String name, Class<T> type, DeserializationContext ctxt)
            throws IOException {
        if (member == null || member.isNull()) {
            throw invalid(ctxt, name, Faults.NOT_NULL, null);
        }
        try {
            return ctxt.readTreeAsValue(member, type);
        } catch (DatabindException e) {
            throw JsonMappingException.wrapWithPath(e, HistoryEvent.class, name);
        }
    }

    private static EventType eventType(JsonNode value, DeserializationContext ctxt) throws IOException {
        String name = value == null || value.isNull() ? null : value.asText();
        EventType type = value != null && value.isTextual() ? EnumNames.named(EventType.class, name) : null;
        if (type == null) {
            throw invalid(ctxt, "eventType", name == null ? Faults.NOT_NULL : Faults.oneOf(EventType.class), name);
        }
        return type;
    }

    private static JsonMappingException invalid(DeserializationContext ctxt, String member, String rule, String value) {
        JsonMappingException invalid = InvalidFormatException.from(ctxt.getParser(), rule, value, HistoryEvent.class);
        return member == null ? invalid : JsonMappingException.wrapWithPath(invalid, HistoryEvent.class, member);
    }
}
