package dev.swfrelay.core.fake;

import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The polling half of a fake task source: tasks queued by the test, polls that park up to a
 * short hold, a number of polls that fail as a broken transport would, and counts of what
 * happened (polls made, polls parked now, polls withdrawn by an interrupt).
 */
public final class FakeTaskQueue<T> {

    private final BlockingQueue<T> tasks = new LinkedBlockingQueue<>();
    private final AtomicInteger failuresToThrow = new AtomicInteger();
    private final AtomicInteger polls = new AtomicInteger();
    private final AtomicInteger parked = new AtomicInteger();
    private final AtomicInteger withdrawn = new AtomicInteger();
    private final long holdMillis;

    public FakeTaskQueue(long holdMillis) {
        this.holdMillis = holdMillis;
    }

    public void offer(T task) {
        tasks.add(task);
    }

    /** The next {@code n} polls throw, as a transport that is down would. */
    public void failNextPolls(int n) {
        failuresToThrow.set(n);
    }

    public Optional<T> poll() throws InterruptedException {
        polls.incrementAndGet();
        if (failuresToThrow.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new IllegalStateException("connection refused (fake)");
        }
        parked.incrementAndGet();
        try {
            return Optional.ofNullable(tasks.poll(holdMillis, TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            withdrawn.incrementAndGet();
            throw e;
        } finally {
            parked.decrementAndGet();
        }
    }

    public int polls() {
        return polls.get();
    }

    public int parked() {
        return parked.get();
    }

    public int withdrawn() {
        return withdrawn.get();
    }

    public int queued() {
        return tasks.size();
    }
}
