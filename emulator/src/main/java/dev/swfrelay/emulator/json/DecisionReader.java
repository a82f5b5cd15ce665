package dev.swfrelay.emulator.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.swfrelay.core.model.DecisionType;
import dev.swfrelay.core.model.Faults;
import dev.swfrelay.core.model.decision.Decision;
import java.io.IOException;

/**
 * A decision as deciders send it: {@code decisionType} names the kind, and the member
 * {@code <kind>DecisionAttributes} carries its attributes (absent means none given).
 */
final class DecisionReader extends StdDeserializer<Decision> {

    private static final String TYPE = "decisionType";

    DecisionReader() {
        super(Decision.class);
    }

    @Override
    public Decision deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonNode node = ctxt.readTree(p);
        if (!node.isObject()) {
            return (Decision) ctxt.handleUnexpectedToken(Decision.class, p);
        }
        DecisionType type = decisionType(node.get(TYPE), ctxt);
        JsonNode attributes = node.get(type.attributesMember());
        if (attributes == null || attributes.isNull()) {
            attributes = JsonNodeFactory.instance.objectNode();
        }
        try {
            return ctxt.readTreeAsValue(attributes, type.attributesClass());
        } catch (DatabindException e) {
            throw JsonMappingException.wrapWithPath(e, Decision.class, type.attributesMember());
        }
    }

    private static DecisionType decisionType(JsonNode value, DeserializationContext ctxt) throws IOException {
        String name = value == null || value.isNull() ? null : value.asText();
        DecisionType type = value != null && value.isTextual() ? EnumNames.named(DecisionType.class, name) : null;
        if (type != null) {
            return type;
        }
        JsonMappingException invalid = InvalidFormatException.from(ctxt.getParser(),
                name == null ? Faults.NOT_NULL : Faults.oneOf(DecisionType.class), name, DecisionType.class);
        throw JsonMappingException.wrapWithPath(invalid, Decision.class, TYPE);
    }
}
