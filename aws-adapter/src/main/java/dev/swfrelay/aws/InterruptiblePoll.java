package dev.swfrelay.aws;

import java.util.function.Supplier;

/**
 * A long poll running on a thread of its own. Cancelling it, with or without
 * {@code mayInterruptIfRunning}, interrupts that thread and aborts the HTTP request in
 * flight, so the service sees the connection go and withdraws the poll.
 */
final class InterruptiblePoll<T> extends java.util.concurrent.CompletableFuture<T> implements Runnable {

    private final Supplier<T> call;
    private final AbortableHttpClient http;
    private final Object lock = new Object();
    private Thread runner;

    InterruptiblePoll(Supplier<T> call, AbortableHttpClient http) {
        this.call = call;
        this.http = http;
    }

    @Override
    public void run() {
        synchronized (lock) {
            if (isDone()) {
                return;
            }
            runner = Thread.currentThread();
        }
        try {
            complete(call.get());
        } catch (Throwable failure) {
            completeExceptionally(failure);
        } finally {
            synchronized (lock) {
                runner = null;
            }
            Thread.interrupted();
        }
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        if (cancelled) {
            synchronized (lock) {
                if (runner != null) {
                    runner.interrupt();
                    if (http != null) {
                        http.abortRequestsOf(runner);
                    }
                }
            }
        }
        return cancelled;
    }
}
