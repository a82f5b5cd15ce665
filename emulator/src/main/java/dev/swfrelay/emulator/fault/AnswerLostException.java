package dev.swfrelay.emulator.fault;

/** The call was applied, then its answer was lost (fault action {@code loseAnswer}): retrying it meets the change. */
public final class AnswerLostException extends UnansweredCall {

    AnswerLostException(FiredFault fired) {
        super("the answer to " + fired.operation() + " was lost after the call was applied (fault rule '"
                + fired.rule() + "')", fired);
    }

    @Override
    public boolean applied() {
        return true;
    }
}
