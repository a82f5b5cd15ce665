package dev.swfrelay.core.pipeline;

import java.util.Map;

/**
 * Several steps' results as one JSON object, {@code {"B":"b's result","C":"c's result"}}:
 * each result is embedded as a JSON string (or {@code null} for a step that completed
 * without one), exactly its text, whatever it looks like. A result that happens to be JSON
 * is not spliced in as a JSON value: that would make {@code "42"} and {@code 42}, or a
 * result with surrounding quotes and one without, indistinguishable to the next step, and
 * it would take a JSON parser core does not have. A script that wants the value parses the
 * string ({@code jq '.B | fromjson'}).
 */
final class ResultsJson {

    private ResultsJson() {
    }

    /** @param results step name to result, in the order to write them */
    static String of(Map<String, String> results) {
        StringBuilder json = new StringBuilder("{");
        results.forEach((name, result) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            JsonString.append(json, name);
            json.append(':');
            if (result == null) {
                json.append("null");
            } else {
                JsonString.append(json, result);
            }
        });
        return json.append('}').toString();
    }
}
