package dev.swfrelay.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A call SWF rejected, with SWF's fault name and SWF's own message, word for word (built only
 * by {@link Faults}). What would help a person beyond SWF's words (which decision, which
 * domain) is the {@link #detail()}: servers log it, and it never goes into the message.
 */
public final class SwfFault extends RuntimeException {

    private final FaultType type;
    private final String detail;
    private final List<Violation> violations;

    SwfFault(FaultType type, String message, String detail, Throwable cause) {
        this(type, message, detail, cause, List.of());
    }

    SwfFault(FaultType type, String message, String detail, Throwable cause, List<Violation> violations) {
        super(message, cause);
        this.type = Objects.requireNonNull(type, "type");
        this.detail = detail;
        this.violations = List.copyOf(violations);
    }

    public FaultType type() {
        return type;
    }

    /** What a person would want to know beyond SWF's message, or {@code null}. */
    public String detail() {
        return detail;
    }

    /** The constraints a {@code ValidationException} names, in its message's order; empty for other faults. */
    public List<Violation> violations() {
        return violations;
    }

    /** The same fault with {@code detail} for the log. */
    public SwfFault withDetail(String detail) {
        SwfFault copy = new SwfFault(type, getMessage(), detail, getCause(), violations);
        copy.setStackTrace(getStackTrace());
        return copy;
    }

    @Override
    public String toString() {
        return type.name() + ": " + getMessage() + (detail == null ? "" : " (" + detail + ")");
    }
}
