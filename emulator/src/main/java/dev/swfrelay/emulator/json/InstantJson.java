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
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * A timestamp on the wire: a JSON number of epoch seconds with a fraction ({@code 1420113600.123}).
 * Read also from ISO 8601 with an offset, as the AWS CLI prints it ({@code "2015-01-01T12:00:00.123000+00:00"}).
 */
final class InstantJson {

    private InstantJson() {
    }

    /**
     * The wire text of {@code instant}: its epoch seconds, a dot and its fraction without trailing
     * zeros, at least one digit ({@code 1420113600.0}, {@code 1420113600.25}). Written digit by digit
     * for any instant from one second after the epoch on (every timestamp a server writes, one per
     * history event); {@link BigDecimal}'s form, the same text, only for the rest.
     */
    static String toWireText(Instant instant) {
        long seconds = instant.getEpochSecond();
        int nanos = instant.getNano();
        if (seconds < 1) {
            BigDecimal exact = toEpochSeconds(instant);
            return (exact.scale() <= 0 ? exact.setScale(1) : exact).toString();
        }
        StringBuilder text = new StringBuilder(30).append(seconds).append('.');
        if (nanos == 0) {
            return text.append('0').toString();
        }
        int digits = 9;
        while (nanos % 10 == 0) {
            nanos /= 10;
            digits--;
        }
        int at = text.length();
        text.setLength(at + digits);
        for (int i = at + digits - 1; i >= at; i--) {
            text.setCharAt(i, (char) ('0' + nanos % 10));
            nanos /= 10;
        }
        return text.toString();
    }

    static BigDecimal toEpochSeconds(Instant instant) {
        return BigDecimal.valueOf(instant.getEpochSecond()).add(BigDecimal.valueOf(instant.getNano(), 9))
                .stripTrailingZeros();
    }

    static Instant fromEpochSeconds(BigDecimal seconds) {
        BigDecimal whole = new BigDecimal(seconds.toBigInteger());
        long nanos = seconds.subtract(whole).movePointRight(9).longValue();
        return Instant.ofEpochSecond(whole.longValueExact(), nanos);
    }

    static final class Writer extends StdScalarSerializer<Instant> {
        Writer() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeNumber(toWireText(value));
        }
    }

    static final class Reader extends StdScalarDeserializer<Instant> {
        Reader() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken token = p.currentToken();
            if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT
                    && token != JsonToken.VALUE_STRING) {
                return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
            }
            String text = p.getText();
            try {
                return token == JsonToken.VALUE_STRING && text.indexOf('T') > 0
                        ? OffsetDateTime.parse(text).toInstant()
                        : fromEpochSeconds(new BigDecimal(text));
            } catch (NumberFormatException | ArithmeticException | DateTimeException invalid) {
                throw InvalidFormatException.from(p, Faults.TIMESTAMP, text, Instant.class);
            }
        }
    }
}
