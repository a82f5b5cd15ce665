package dev.swfrelay.it.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/** GetWorkflowExecutionHistory straight over SWF's wire protocol, to compare {@code history --json} with. */
final class WireHistory {

    private static final ObjectMapper JSON = new ObjectMapper();

    private WireHistory() {
    }


    static JsonNode parse(String json) throws IOException {
        return comparable(JSON.readTree(json));
    }

    /** The events without their timestamps (compared apart, see {@link #timestamps}). */
    private static JsonNode comparable(JsonNode history) {
        JsonNode events = history.get("events").deepCopy();
        for (JsonNode event : events) {
            ((ObjectNode) event).remove("eventTimestamp");
        }
        return events;
    }

    /**
     * The events' timestamps in seconds. The AWS SDK reads SWF's fractional seconds through
     * a double, so a timestamp it hands on may be off by a millisecond: compare them with
     * that tolerance.
     */
    static List<Double> timestamps(String json) throws IOException {
        List<Double> times = new ArrayList<>();
        JSON.readTree(json).get("events").forEach(event -> times.add(event.get("eventTimestamp").asDouble()));
        return times;
    }

    static String raw(String endpoint, String domain, String workflowId, String runId)
            throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode().put("domain", domain);
        body.putObject("execution").put("workflowId", workflowId).put("runId", runId);
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("X-Amz-Target", "SimpleWorkflowService.GetWorkflowExecutionHistory")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
