package dev.swfrelay.core.model;

import java.util.Objects;

/**
 * A call SWF rejected, with SWF's fault name and a message a user can act on: what was
 * wrong and with which value.
 */
public final class SwfFault extends RuntimeException {

    private final FaultType type;

    public SwfFault(FaultType type, String message) {
        super(message);
        this.type = Objects.requireNonNull(type, "type");
    }

    public SwfFault(FaultType type, String message, Throwable cause) {
        super(message, cause);
        this.type = Objects.requireNonNull(type, "type");
    }

    public FaultType type() {
        return type;
    }

    @Override
    public String toString() {
        return type.name() + ": " + getMessage();
    }
}
