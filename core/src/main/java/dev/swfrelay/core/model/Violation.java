package dev.swfrelay.core.model;

import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One constraint of SWF's service model a request broke: the value, its member path as SWF
 * prints it ({@code decisions.1.member.startTimerDecisionAttributes.timerId}) and the rule.
 */
public record Violation(Object value, String path, String rule) {

    /** SWF's rule for a required member that is missing. */
    public static final String NOT_NULL = "Member must not be null";

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
        return new Violation(null, path, NOT_NULL);
    }

    /** SWF's rule for a member that is none of {@code allowed}. */
    public static String enumRule(Collection<String> allowed) {
        return "Member must satisfy enum value set: [" + String.join(", ", allowed) + "]";
    }

    /** SWF's rule for a member that is none of the names of {@code enumType}'s constants. */
    public static String enumRule(Class<?> enumType) {
        return enumRule(Arrays.stream(enumType.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                .collect(Collectors.toList()));
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
