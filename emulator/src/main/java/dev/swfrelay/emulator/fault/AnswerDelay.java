package dev.swfrelay.emulator.fault;

import java.time.Duration;

/** How a latency rule holds back the answer of a call that is not a long poll. */
public enum AnswerDelay {
    /** In-process: the caller's thread waits (real time), then gets its answer. */
    SLEEP {
        @Override
        <R> R hold(R answer, Duration delay) {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            return answer;
        }
    },
    /** A server's event loop: {@link DelayedAnswer} carries the answer to be sent later; no thread waits. */
    DEFER {
        @Override
        <R> R hold(R answer, Duration delay) {
            throw new DelayedAnswer(answer, delay);
        }
    };

    abstract <R> R hold(R answer, Duration delay);
}
