package dev.swfrelay.emulator.fault;

/** The call was dropped before it was applied (fault action {@code drop}): nothing changed. */
public final class RequestDroppedException extends UnansweredCall {

    RequestDroppedException(FiredFault fired) {
        super(fired.operation() + " was dropped before it was applied (fault rule '" + fired.rule() + "')", fired);
    }

    @Override
    public boolean applied() {
        return false;
    }
}
