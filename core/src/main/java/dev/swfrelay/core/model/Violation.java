package dev.swfrelay.core.model;

import java.util.Objects;

/**
 * One constraint of SWF's service model a request broke: the value, its member path as SWF
 * prints it ({@code decisions.1.member.startTimerDecisionAttributes.timerId}) and the rule.
 */
public record Violation(Object value, String path, String rule) {

    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(rule, "rule");
    }

    /** A value shown as the given words rather than quoted, e.g. {@code of the wrong JSON type}. */
    public record Shown(String words) {
        @Override
        public String toString() {
            return words;
        }
    }

    public static Violation notNull(String path) {
        return new Violation(null, path, Faults.NOT_NULL);
    }

    /** The same violation under {@code prefix} ({@code decisions.1.member}); empty leaves it. */
    public Violation under(String prefix) {
        return prefix.isEmpty() ? this : new Violation(value, prefix + "." + path, rule);
    }

    /** As SWF words one violation: {@code Value 'x' at 'path' failed to satisfy constraint: rule}. */
    public String words() {
        String shown = value instanceof String ? "'" + value + "'" : String.valueOf(value);
        return "Value " + shown + " at '" + path + "' failed to satisfy constraint: " + rule;
    }
}
