package dev.swfrelay.emulator.engine;

/** Thrown by a {@link LambdaFunction} to fail its task with this reason and these details. */
public final class LambdaFunctionFailure extends Exception {

    private final String reason;
    private final String details;

    public LambdaFunctionFailure(String reason, String details) {
        super(reason);
        this.reason = reason;
        this.details = details;
    }

    public String reason() {
        return reason;
    }

    public String details() {
        return details;
    }
}
