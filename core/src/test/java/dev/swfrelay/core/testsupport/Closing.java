package dev.swfrelay.core.testsupport;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** Closes a runtime on a thread of its own while the test goes on. */
public final class Closing {

    private Closing() {
    }

    /**
     * Runs {@code close} with a deadline on a new thread. Not on the common pool: on two
     * cores it has a single thread, which another test's task may be holding.
     */
    public static CompletableFuture<Boolean> onOwnThread(Function<Duration, Boolean> close, Duration deadline) {
        CompletableFuture<Boolean> closed = new CompletableFuture<>();
        Thread thread = new Thread(() -> closed.complete(close.apply(deadline)), "test-close");
        thread.setDaemon(true);
        thread.start();
        return closed;
    }
}
