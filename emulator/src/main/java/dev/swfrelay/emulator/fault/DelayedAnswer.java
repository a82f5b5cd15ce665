package dev.swfrelay.emulator.fault;

import java.time.Duration;

/**
 * The answer of an applied call that a latency rule holds back, thrown to a server that must not
 * block its thread ({@link AnswerDelay#DEFER}): it sends {@link #answer()} after {@link #delay()}.
 */
public final class DelayedAnswer extends RuntimeException {

    private final transient Object answer;
    private final Duration delay;

    DelayedAnswer(Object answer, Duration delay) {
        super("answer held back " + delay, null, false, false);
        this.answer = answer;
        this.delay = delay;
    }

    /** The call's answer: a record, or {@code null} for an operation that answers nothing. */
    public Object answer() {
        return answer;
    }

    public Duration delay() {
        return delay;
    }
}
