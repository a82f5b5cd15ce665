package dev.swfrelay.emulator.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import dev.swfrelay.core.model.Faults;
import dev.swfrelay.core.model.SwfFault;
import dev.swfrelay.core.model.Timeout;
import java.io.IOException;

/** A timeout on the wire: the string {@code "NONE"} or decimal seconds ({@code "3600"}). */
final class TimeoutJson {

    private TimeoutJson() {
    }

    static final class Writer extends StdScalarSerializer<Timeout> {
        Writer() {
            super(Timeout.class);
        }

        @Override
        public void serialize(Timeout value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.toWire());
        }
    }

    static final class Reader extends StdScalarDeserializer<Timeout> {
        Reader() {
            super(Timeout.class);
        }

        @Override
        public Timeout deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING && p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                return (Timeout) ctxt.handleUnexpectedToken(Timeout.class, p);
            }
            String text = p.getText();
            try {
                return Timeout.parse(text);
            } catch (SwfFault invalid) {
                throw InvalidFormatException.from(p, Faults.TIMEOUT_ON_THE_WIRE, text, Timeout.class);
            }
        }
    }
}
