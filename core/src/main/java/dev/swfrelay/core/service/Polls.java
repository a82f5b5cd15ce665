package dev.swfrelay.core.service;

import dev.swfrelay.core.model.Faults;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/** Waits for a long poll's future, withdrawing the poll when the waiting thread is interrupted. */
final class Polls {

    private Polls() {
    }

    static <T> T await(CompletableFuture<T> poll) throws InterruptedException {
        try {
            return poll.get();
        } catch (InterruptedException e) {
            poll.cancel(false);
            throw e;
        } catch (CancellationException e) {
            throw new InterruptedException("poll withdrawn");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw Faults.internalFailure(cause).withDetail("poll failed: " + cause);
        }
    }
}
