package dev.swfrelay.aws;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Where the adapter's long polls run: each on a daemon thread of its own (a cached pool, so
 * parked polls never queue behind each other), as a future whose cancellation withdraws it.
 */
final class LongPolls implements AutoCloseable {

    private final AbortableHttpClient http;
    private final ExecutorService threads = Executors.newCachedThreadPool(threadFactory());

    LongPolls(AbortableHttpClient http) {
        this.http = http;
    }

    <T> CompletableFuture<T> submit(Supplier<T> call) {
        InterruptiblePoll<T> poll = new InterruptiblePoll<>(call, http);
        threads.execute(poll);
        return poll;
    }

    /** Interrupts the polls in flight; their futures complete exceptionally. */
    @Override
    public void close() {
        threads.shutdownNow();
    }

    private static ThreadFactory threadFactory() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "swf-long-poll-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
