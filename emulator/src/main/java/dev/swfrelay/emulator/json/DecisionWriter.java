package dev.swfrelay.emulator.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.swfrelay.core.model.decision.Decision;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;

/** A decision as deciders send it: {@code decisionType} and its {@code <kind>DecisionAttributes}. */
final class DecisionWriter extends StdSerializer<Decision> {

    DecisionWriter() {
        super(Decision.class);
    }

    @Override
    public void serialize(Decision decision, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("decisionType", decision.decisionType().name());
        gen.writeObjectFieldStart(decision.decisionType().attributesMember());
        for (RecordComponent component : decision.getClass().getRecordComponents()) {
            Object value = read(component, decision);
            if (value != null) {
                provider.defaultSerializeField(component.getName(), value, gen);
            }
        }
        gen.writeEndObject();
        gen.writeEndObject();
    }

    private static Object read(RecordComponent component, Decision decision) {
        try {
            return component.getAccessor().invoke(decision);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + decision.decisionType(), e);
        }
    }
}
