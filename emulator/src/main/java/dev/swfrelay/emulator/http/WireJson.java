package dev.swfrelay.emulator.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.swfrelay.core.model.HistoryEvent;
import dev.swfrelay.core.model.Timeout;
import dev.swfrelay.core.model.decision.Decision;
import java.time.Instant;

/**
 * The JSON mapping of SWF's wire protocol onto core's model. Core's records already use
 * SWF's member names, so only the shapes whose wire form differs need their own codec:
 * timeouts, timestamps, history events and decisions. Responses omit absent members.
 */
final class WireJson {

    private WireJson() {
    }

    static ObjectMapper mapper() {
        SimpleModule swf = new SimpleModule("swf-wire")
                .addSerializer(Timeout.class, new TimeoutJson.Writer())
                .addDeserializer(Timeout.class, new TimeoutJson.Reader())
                .addSerializer(Instant.class, new InstantJson.Writer())
                .addDeserializer(Instant.class, new InstantJson.Reader())
                .addSerializer(HistoryEvent.class, new HistoryEventWriter())
                .addDeserializer(Decision.class, new DecisionReader());
        JsonMapper mapper = JsonMapper.builder()
                .addModule(swf)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
        // A number or boolean where SWF's model has a string is a client's mistake, not a value.
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }
}
