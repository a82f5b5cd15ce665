package dev.swfrelay.emulator.engine;

import dev.swfrelay.core.model.FaultType;
import dev.swfrelay.core.model.SwfFault;

/** Builds the engine's faults by SWF's names, each a new exception with an actionable message. */
public final class Faults {

    private Faults() {
    }

    public static SwfFault unknownResource(String message) {
        return new SwfFault(FaultType.UnknownResourceFault, message);
    }

    public static SwfFault validation(String message) {
        return new SwfFault(FaultType.ValidationException, message);
    }

    public static SwfFault of(FaultType type, String message) {
        return new SwfFault(type, message);
    }

    /** A required member that the generated request records cannot check themselves. */
    public static <T> T required(T value, String member) {
        if (value == null) {
            throw validation("1 validation error detected: Value null at '" + member
                    + "' failed to satisfy constraint: Member must not be null");
        }
        return value;
    }
}
