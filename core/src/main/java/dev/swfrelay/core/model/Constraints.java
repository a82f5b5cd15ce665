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
            throw violation(null, field, Violation.NOT_NULL);
        }
        return value;
    }

    public static String length(String value, int min, int max, String field) {
        if (value == null) {
            return null;
        }
        if (value.length() < min) {
            throw violation(value, field, "Member must have length greater than or equal to " + min);
        }
        if (value.length() > max) {
            throw violation(value, field, "Member must have length less than or equal to " + max);
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
            throw violation(value, field, "Member must not be the literal string 'arn'");
        }
        if (!value.isEmpty() && (Character.isWhitespace(value.charAt(0))
                || Character.isWhitespace(value.charAt(value.length() - 1)))) {
            throw violation(value, field, "Member must not start or end with white space");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ':' || c == '/' || c == '|') {
                throw violation(value, field, "Member must not contain ':', '/' or '|'");
            }
            if (c <= 0x1f || (c >= 0x7f && c <= 0x9f)) {
                throw violation(value, field, "Member must not contain control characters (\\u0000-\\u001f, \\u007f-\\u009f)");
            }
        }
        return value;
    }

    public static long range(long value, long min, long max, String field) {
        if (value < min) {
            throw violation(value, field, "Member must have value greater than or equal to " + min);
        }
        if (value > max) {
            throw violation(value, field, "Member must have value less than or equal to " + max);
        }
        return value;
    }

    /** Copies the list (keeping {@code null} as absent); {@code max < 0} means no bound. */
    public static <T> List<T> list(List<T> value, int max, String field) {
        if (value == null) {
            return null;
        }
        if (max >= 0 && value.size() > max) {
            throw violation(value, field, "Member must have length less than or equal to " + max);
        }
        return List.copyOf(value);
    }

    private static SwfFault violation(Object value, String field, String rule) {
        return Faults.invalid(value, field, rule);
    }
}
