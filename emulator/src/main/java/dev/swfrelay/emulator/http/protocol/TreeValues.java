package dev.swfrelay.emulator.http.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.swfrelay.core.model.Timeout;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a request record straight from its JSON tree (its operation's {@link Operation.TreeReader},
 * generated in {@link RequestReaders}), where Jackson's binding walks the tree again through its
 * deserializers: per request, the binding was a third of the server's own work on a trivial call,
 * and most of a fresh server's JSON work.
 *
 * <p>Each member is read only in the form a well-made client sends it: a string as a JSON string,
 * a number as a JSON integer, a list as an array, a structure as an object, absent or {@code null}
 * as {@code null}. Anything else, and a value the record itself refuses, declines the reading
 * ({@link #read} answers {@code null}): the request is then bound by Jackson as before, and
 * whatever fault that binding words is the answer. So a request this reads gives the record
 * Jackson's binding gives, and a request this declines gives the fault it gave
 * ({@code RequestReadersTest} holds both against the binding).
 */
final class TreeValues {

    private static final JsonNode NO_ATTRIBUTES = JsonNodeFactory.instance.objectNode();

    private final ObjectReader instants;

    TreeValues(ObjectMapper mapper) {
        this.instants = mapper.readerFor(Instant.class);
    }

    /** The request {@code reader} (an operation's) reads from {@code body}; {@code null} where this reading declines. */
    Object read(Operation.TreeReader<?> reader, JsonNode body) {
        if (body == null || !body.isObject()) {
            return null;
        }
        try {
            return reader.read(body, this);
        } catch (RuntimeException declined) {
            // Declined, or the record's own check (a SwfFault): the binding reports it in its words
            return null;
        }
    }

    String text(JsonNode object, String name) {
        JsonNode value = member(object, name);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            throw new Declined();
        }
        return value.textValue();
    }

    List<String> texts(JsonNode object, String name) {
        JsonNode array = array(object, name);
        if (array == null) {
            return null;
        }
        List<String> texts = new ArrayList<>(array.size());
        for (JsonNode element : array) {
            if (!element.isTextual()) {
                throw new Declined();
            }
            texts.add(element.textValue());
        }
        return texts;
    }

    Timeout timeout(JsonNode object, String name) {
        String text = text(object, name);
        return text == null ? null : Timeout.parse(text);
    }

    <E extends Enum<E>> E constant(JsonNode object, String name, Class<E> type) {
        String text = text(object, name);
        if (text == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        throw new Declined();
    }

    Integer integer(JsonNode object, String name) {
        JsonNode value = member(object, name);
        if (value == null) {
            return null;
        }
        if (!value.isInt()) {
            throw new Declined();
        }
        return value.intValue();
    }

    Long whole(JsonNode object, String name) {
        JsonNode value = member(object, name);
        if (value == null) {
            return null;
        }
        if (!value.isInt() && !value.isLong()) {
            throw new Declined();
        }
        return value.longValue();
    }

    Boolean flag(JsonNode object, String name) {
        JsonNode value = member(object, name);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            throw new Declined();
        }
        return value.booleanValue();
    }

    /** A required primitive member: absent declines (the binding decides what it means). */
    <T> T present(T value) {
        if (value == null) {
            throw new Declined();
        }
        return value;
    }

    /** Timestamps (list filters only) are bound by the codec's own reader. */
    Instant instant(JsonNode object, String name) {
        JsonNode value = member(object, name);
        return value == null ? null : bound(instants, value);
    }

    /**
     * A decision's attributes member, as the codec's decision reader takes it: absent or {@code null}
     * is none given, read as {@code {}} (the record then refuses what SWF requires).
     */
    JsonNode attributes(JsonNode decision, String name) {
        JsonNode value = object(decision, name);
        return value == null ? NO_ATTRIBUTES : value;
    }

    /** Declines the reading: thrown by the generated readers where no other case fits. */
    RuntimeException declined() {
        return new Declined();
    }

    JsonNode object(JsonNode object, String name) {
        JsonNode value = member(object, name);
        if (value != null && !value.isObject()) {
            throw new Declined();
        }
        return value;
    }

    JsonNode array(JsonNode object, String name) {
        JsonNode value = member(object, name);
        if (value != null && !value.isArray()) {
            throw new Declined();
        }
        return value;
    }

    /** A list's element: an object; a {@code null} element declines. */
    JsonNode element(JsonNode element) {
        if (!element.isObject()) {
            throw new Declined();
        }
        return element;
    }

    private static JsonNode member(JsonNode object, String name) {
        JsonNode value = object.get(name);
        return value == null || value.isNull() ? null : value;
    }

    private static <T> T bound(ObjectReader reader, JsonNode value) {
        try {
            return reader.readValue(value);
        } catch (IOException unbound) {
            throw new Declined();
        }
    }

    /** This reading does not take a member's form: the binding reads the request. */
    private static final class Declined extends RuntimeException {
        Declined() {
            super(null, null, false, false);
        }
    }
}
