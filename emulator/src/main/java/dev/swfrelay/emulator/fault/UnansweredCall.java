package dev.swfrelay.emulator.fault;

/**
 * A call a fault rule left without an answer: over HTTP its connection is closed with no reply;
 * in-process the caller gets this exception, which says whether the call was applied.
 */
public abstract sealed class UnansweredCall extends RuntimeException permits AnswerLostException, RequestDroppedException {

    private final FiredFault fired;

    UnansweredCall(String message, FiredFault fired) {
        super(message, null, false, false);
        this.fired = fired;
    }

    /** The fault that fired. */
    public FiredFault fired() {
        return fired;
    }

    /** Whether the call's change was made before its answer went missing. */
    public abstract boolean applied();
}
