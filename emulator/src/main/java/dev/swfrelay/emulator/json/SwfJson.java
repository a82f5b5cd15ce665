package dev.swfrelay.emulator.json;

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
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.swfrelay.core.model.History;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The JSON mapping of SWF's wire protocol onto core's model. Core's records already use
 * SWF's member names, so only the shapes whose wire form differs need their own codec:
 * timeouts, timestamps, history events and decisions. Responses omit absent members.
 *
 * <p>The one codec of SWF's JSON in the project: the emulator's server, the CLI and replay
 * read and write through it. {@link #write} and {@link #read} handle any of core's records
 * (requests, answers, decisions, execution infos); {@link #readHistory} reads what tools
 * print for an execution's history.
 */
public final class SwfJson {

    private static final ObjectMapper MAPPER = mapper();

    private SwfJson() {
    }

    /** A new mapper configured for SWF's wire form, for callers that stream or tune it. */
    public static ObjectMapper mapper() {
        SimpleModule swf = new SimpleModule("swf-wire")
                .addSerializer(Timeout.class, new TimeoutJson.Writer())
                .addDeserializer(Timeout.class, new TimeoutJson.Reader())
                .addSerializer(Instant.class, new InstantJson.Writer())
                .addDeserializer(Instant.class, new InstantJson.Reader())
                .addSerializer(HistoryEvent.class, new HistoryEventWriter())
                .addDeserializer(HistoryEvent.class, new HistoryEventReader())
                .addSerializer(Decision.class, new DecisionWriter())
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

    /** {@code value} (any of core's records) in SWF's wire form. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName() + " as SWF's JSON", e);
        }
    }

    /** An execution's history as GetWorkflowExecutionHistory answers it: {@code {"events":[...]}}. */
    public static String writeHistory(List<HistoryEvent> events) {
        return write(new History(events, null));
    }

    /** Reads {@code json} as {@code type}; {@code source} names it in a {@link SwfJsonException}. */
    public static <T> T read(String json, Class<T> type, String source) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw SwfJsonException.of(source, "", e);
        }
    }

    /**
     * One execution's events from a GetWorkflowExecutionHistory answer (one page, or an array
     * of pages merged in order), the AWS CLI's {@code get-workflow-execution-history} output, or
     * {@code swf-relay history --json}; oldest event first, whichever order they were fetched in.
     */
    public static List<HistoryEvent> readHistory(String json, String source) {
        return HistoryReader.read(MAPPER, json, source);
    }

    public static List<HistoryEvent> readHistory(Path file) {
        try {
            return readHistory(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new SwfJsonException(file.toString(), "$", "cannot be read: " + e.getMessage(), e);
        }
    }
}
