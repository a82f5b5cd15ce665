package dev.swfrelay.emulator.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.swfrelay.core.model.History;
import dev.swfrelay.core.model.HistoryEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads an execution's history from what tools print: one GetWorkflowExecutionHistory page
 * ({@code {"events":[...],"nextPageToken":...}}, which is also what the AWS CLI and
 * {@code swf-relay history --json} print), or a JSON array of such pages.
 */
final class HistoryReader {

    private static final String EXPECTED = "must be SWF's history: an object with an \"events\" array "
            + "(GetWorkflowExecutionHistory's answer) or an array of such pages";

    private HistoryReader() {
    }

    static List<HistoryEvent> read(ObjectMapper mapper, String json, String source) {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JacksonException e) {
            throw SwfJsonException.of(source, "", e);
        }
        List<HistoryEvent> events = new ArrayList<>();
        if (root != null && root.isArray() && !root.isEmpty()) {
            for (int page = 0; page < root.size(); page++) {
                events.addAll(page(mapper, root.get(page), source, "[" + page + "]"));
            }
        } else {
            events.addAll(page(mapper, root, source, ""));
        }
        events.sort(Comparator.comparingLong(HistoryEvent::eventId));
        return List.copyOf(events);
    }

    private static List<HistoryEvent> page(ObjectMapper mapper, JsonNode page, String source, String path) {
        if (page == null || !page.isObject() || !page.path("events").isArray()) {
            throw new SwfJsonException(source, "$" + path, EXPECTED, null);
        }
        try {
            return mapper.treeToValue(page, History.class).events();
        } catch (JacksonException e) {
            throw SwfJsonException.of(source, path, e);
        } catch (IllegalArgumentException e) {
            throw new SwfJsonException(source, "$" + path, e.getMessage(), e);
        }
    }
}
