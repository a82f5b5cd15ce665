package dev.swfrelay.core.replay;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** How a replay report shows values and attribute maps: strings quoted, members in name order. */
final class DecisionText {

    private static final int LONGEST = 120;

    private DecisionText() {
    }

    static String attributes(Map<String, Object> attributes) {
        return new TreeMap<>(attributes).entrySet().stream()
                .map(e -> e.getKey() + "=" + value(e.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    static String value(Object value) {
        if (value == null) {
            return "(absent)";
        }
        if (value instanceof CharSequence text) {
            String shown = text.length() > LONGEST ? text.subSequence(0, LONGEST) + "..." : text.toString();
            return '"' + shown.replace("\n", "\\n") + '"';
        }
        return String.valueOf(value);
    }
}
