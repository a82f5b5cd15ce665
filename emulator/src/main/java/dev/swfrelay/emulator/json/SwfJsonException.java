package dev.swfrelay.emulator.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;
import java.util.Objects;

/**
 * JSON that is not SWF's: names the source (a file), the JSON path of the problem
 * ({@code $.events[3].eventTimestamp}) and what was wrong with it.
 */
public final class SwfJsonException extends RuntimeException {

    private final String source;
    private final String jsonPath;
    private final String problem;

    public SwfJsonException(String source, String jsonPath, String problem, Throwable cause) {
        super(source + ": " + jsonPath + ": " + problem, cause);
        this.source = Objects.requireNonNull(source, "source");
        this.jsonPath = Objects.requireNonNull(jsonPath, "jsonPath");
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    /** From Jackson's exception, with {@code prefix} the path of the value being read ("" for the root). */
    static SwfJsonException of(String source, String prefix, JacksonException e) {
        if (e instanceof JsonMappingException mapping) {
            return new SwfJsonException(source, "$" + prefix + path(mapping.getPath()), problem(mapping), e);
        }
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        return new SwfJsonException(source, "$" + prefix, "is not JSON" + where + ": " + e.getOriginalMessage(), e);
    }

    public String source() {
        return source;
    }

    /** Where in the document, as a JSON path from its root {@code $}. */
    public String jsonPath() {
        return jsonPath;
    }

    public String problem() {
        return problem;
    }

    static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : references) {
            if (ref.getFieldName() != null) {
                path.append('.').append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String problem(JsonMappingException mapping) {
        Throwable root = mapping;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root instanceof JacksonException j ? j.getOriginalMessage() : root.getMessage();
        return message == null ? "is not what SWF's model allows here" : message.lines().findFirst().orElse(message);
    }
}
