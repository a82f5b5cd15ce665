package dev.swfrelay.emulator.http.protocol;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.swfrelay.core.model.Faults;
import dev.swfrelay.core.model.SwfFault;
import dev.swfrelay.core.model.Violation;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what went wrong while reading a request body into SWF's fault: a body that is not
 * JSON is a {@code SerializationException}; a member of the wrong type or value, or a
 * record's own check, is a {@code ValidationException} naming the member's wire path
 * ({@code decisions.1.member.decisionType}), as SWF words it.
 */
final class WireFaults {

    private static final Pattern RECORD_FIELD = Pattern.compile("[A-Z][A-Za-z0-9]*\\.([A-Za-z0-9]+)");

    private WireFaults() {
    }

    static SwfFault fromJson(JacksonException problem) {
        if (problem instanceof StreamReadException && !(problem instanceof DatabindException)) {
            return Faults.notJson()
                    .withDetail(((StreamReadException) problem).getOriginalMessage());
        }
        if (!(problem instanceof JsonMappingException mapping)) {
            return Faults.unreadableBody();
        }
        String path = path(mapping.getPath());
        SwfFault fault = causeFault(problem);
        if (fault != null) {
            return relocate(fault, path);
        }
        if (problem instanceof ValueInstantiationException && problem.getCause() != null) {
            return Faults.invalid(new Violation.Shown("of the wrong form"), path, problem.getCause().getMessage());
        }
        if (path.isEmpty()) {
            return Faults.notAnObject();
        }
        return Faults.invalid(shownValue(mapping), path, rule(mapping));
    }

    private static SwfFault causeFault(Throwable problem) {
        for (Throwable t = problem; t != null; t = t.getCause()) {
            if (t instanceof SwfFault fault) {
                return fault;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    /** A record names its field as {@code Record.member}; on the wire it is the member's path. */
    private static SwfFault relocate(SwfFault fault, String path) {
        if (fault.violations().isEmpty()) {
            return fault;
        }
        return Faults.invalid(fault.violations().stream().map(v -> relocate(v, path)).toList());
    }

    private static Violation relocate(Violation v, String path) {
        Matcher m = RECORD_FIELD.matcher(v.path());
        return m.matches() ? new Violation(v.value(), m.group(1), v.rule()).under(path) : v;
    }

    private static Object shownValue(JsonMappingException mapping) {
        if (mapping instanceof InvalidFormatException invalid) {
            Object value = invalid.getValue();
            return value == null ? null : String.valueOf(value);
        }
        return new Violation.Shown("of the wrong JSON type");
    }

    private static String rule(JsonMappingException mapping) {
        String original = mapping.getOriginalMessage();
        if (Faults.isRule(original)) {
            return original;
        }
        Class<?> target = mapping instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (target == null) {
            return Faults.WELL_FORMED;
        }
        if (target.isEnum()) {
            return Faults.oneOf(target);
        }
        if (Number.class.isAssignableFrom(target) || (target.isPrimitive() && target != boolean.class)) {
            return Faults.NUMBER;
        }
        if (target == Boolean.class || target == boolean.class) {
            return Faults.BOOLEAN;
        }
        if (target == String.class) {
            return Faults.STRING;
        }
        if (List.class.isAssignableFrom(target)) {
            return Faults.LIST;
        }
        return Faults.STRUCTURE;
    }

    static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : references) {
            String part = ref.getFieldName() != null ? ref.getFieldName()
                    : ref.getIndex() >= 0 ? (ref.getIndex() + 1) + ".member" : null;
            if (part == null) {
                continue;
            }
            if (path.length() > 0) {
                path.append('.');
            }
            path.append(part);
        }
        return path.toString();
    }
}
