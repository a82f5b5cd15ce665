package dev.swfrelay.core.pipeline;

import java.util.Map;

/**
 * Several steps' results as one JSON object, {@code {"B":"b's result","C":"c's result"}}:
 * each result is embedded as a JSON string (or {@code null} for a step that completed
 * without one), exactly its text, whatever it looks like. A result that happens to be JSON
 * is not spliced in as a JSON value: that would make {@code "42"} and {@code 42}, or a
 * result with surrounding quotes and one without, indistinguishable to the next step, and
 * it would take a JSON parser core does not have. A script that wants the value parses the
 * string ({@code jq -r '.B | fromjson'}).
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
            string(json, name);
            json.append(':');
            if (result == null) {
                json.append("null");
            } else {
                string(json, result);
            }
        });
        return json.append('}').toString();
    }

    /** A JSON string literal (RFC 8259 §7): quotes, backslashes, control characters and lone surrogates escaped. */
    static void string(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                case '\b' -> json.append("\\b");
                case '\f' -> json.append("\\f");
                default -> {
                    if (c < 0x20 || isLoneSurrogate(text, i)) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }

    private static boolean isLoneSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
    }
}
