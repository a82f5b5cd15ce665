package dev.swfrelay.core.model;

import java.util.List;

/**
 * The checks SWF's service model places on values, applied by the model's compact
 * constructors. A violation is SWF's {@code ValidationException}, worded as SWF words it:
 * the value, where it was, and the constraint it broke.
 */
public final class Constraints {

    private Constraints() {
    }

    public static <T> T required(T value, String field) {
        if (value == null) {
            throw violation(null, field, Faults.NOT_NULL);
        }
        return value;
    }

    public static String length(String value, int min, int max, String field) {
        if (value == null) {
            return null;
        }
        if (value.length() < min) {
            throw violation(value, field, Faults.lengthAtLeast(min));
        }
        if (value.length() > max) {
            throw violation(value, field, Faults.lengthAtMost(max));
        }
        return value;
    }

    /**
     * The rule SWF applies to names it will later match on (domains, types, task lists,
     * workflow, activity and timer ids): no leading or trailing white space, no {@code :},
     * {@code /} or {@code |}, no control characters, and not the literal {@code arn}.
     */
    public static String name(String value, String field) {
        if (value == null) {
            return null;
        }
        if (value.equals("arn")) {
            throw violation(value, field, Faults.NOT_ARN);
        }
        if (!value.isEmpty() && (Character.isWhitespace(value.charAt(0))
                || Character.isWhitespace(value.charAt(value.length() - 1)))) {
            throw violation(value, field, Faults.NO_EDGE_WHITE_SPACE);
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ':' || c == '/' || c == '|') {
                throw violation(value, field, Faults.NO_SEPARATORS);
            }
            if (c <= 0x1f || (c >= 0x7f && c <= 0x9f)) {
                throw violation(value, field, Faults.NO_CONTROL_CHARACTERS);
            }
        }
        return value;
    }

    public static long range(long value, long min, long max, String field) {
        if (value < min) {
            throw violation(value, field, Faults.valueAtLeast(min));
        }
        if (value > max) {
            throw violation(value, field, Faults.valueAtMost(max));
        }
        return value;
    }

    /** Copies the list (keeping {@code null} as absent); {@code max < 0} means no bound. */
    public static <T> List<T> list(List<T> value, int max, String field) {
        if (value == null) {
            return null;
        }
        if (max >= 0 && value.size() > max) {
            throw violation(value, field, Faults.lengthAtMost(max));
        }
        return List.copyOf(value);
    }

    private static SwfFault violation(Object value, String field, String rule) {
        return Faults.invalid(value, field, rule);
    }
}
