package dev.swfrelay.cli.command;

import dev.swfrelay.core.model.HistoryEvent;
import dev.swfrelay.core.model.Timeout;
import dev.swfrelay.core.pipeline.JsonString;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An execution's history in SWF's JSON, as GetWorkflowExecutionHistory answers it:
 * {@code {"events": [...]}} with the model's member names (core's records are named as on
 * the wire), timestamps in fractional epoch seconds, timeouts as strings, absent members
 * left out. The emulator's wire codec ({@code dev.swfrelay.emulator.http}) writes the
 * same JSON but is package-private, hence this small writer of its own.
 */
final class HistoryJson {

    private HistoryJson() {
    }

    static String write(List<HistoryEvent> events) {
        StringBuilder json = new StringBuilder("{\"events\":[");
        for (int i = 0; i < events.size(); i++) {
            json.append(i == 0 ? "" : ",");
            event(events.get(i), json);
        }
        return json.append("]}").toString();
    }

    private static void event(HistoryEvent event, StringBuilder json) {
        json.append("{\"eventId\":").append(event.eventId())
                .append(",\"eventTimestamp\":").append(epochSeconds(event.eventTimestamp()))
                .append(",\"eventType\":");
        string(event.eventType().name(), json);
        json.append(",\"").append(event.eventType().attributesMember()).append("\":");
        value(event.attributes(), json);
        json.append('}');
    }

    private static void value(Object value, StringBuilder json) {
        if (value instanceof String text) {
            string(text, json);
        } else if (value instanceof Number || value instanceof Boolean) {
            json.append(value);
        } else if (value instanceof Instant instant) {
            json.append(epochSeconds(instant));
        } else if (value instanceof Timeout timeout) {
            string(timeout.toWire(), json);
        } else if (value instanceof Enum<?> constant) {
            string(constant.name(), json);
        } else if (value instanceof List<?> list) {
            json.append('[');
            for (int i = 0; i < list.size(); i++) {
                json.append(i == 0 ? "" : ",");
                value(list.get(i), json);
            }
            json.append(']');
        } else if (value instanceof Record record) {
            object(record, json);
        } else {
            string(String.valueOf(value), json);
        }
    }

    private static void object(Record record, StringBuilder json) {
        json.append('{');
        boolean first = true;
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            Object member = read(component, record);
            if (member == null) {
                continue;
            }
            json.append(first ? "\"" : ",\"").append(component.getName()).append("\":");
            value(member, json);
            first = false;
        }
        json.append('}');
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }

    private static String epochSeconds(Instant instant) {
        return BigDecimal.valueOf(instant.getEpochSecond())
                .add(BigDecimal.valueOf(instant.getNano(), 9)).stripTrailingZeros().toPlainString();
    }

    private static void string(String text, StringBuilder json) {
        JsonString.append(json, text);
    }
}
