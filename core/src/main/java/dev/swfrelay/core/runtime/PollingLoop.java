package dev.swfrelay.core.runtime;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The poll → handle loop shared by {@code DeciderRunner} and {@code ActivityWorker}.
 *
 * <p>Each poller thread first takes a free handler slot, then polls, then hands the task to
 * a handler thread; so a task is only taken off SWF when a thread is ready to run it. A poll
 * that throws a {@link RuntimeException} (a transport or service error) is retried after an
 * exponential back-off with jitter. {@link #close(Duration)} stops polling by interrupting
 * the pollers (a parked poll is withdrawn, so no task is lost to it), then lets the tasks in
 * flight finish until the deadline, then interrupts what is left.
 */
public final class PollingLoop<T> {

    /** One long poll; empty when its hold ended without a task. */
    @FunctionalInterface
    public interface Poll<T> {
        Optional<T> poll() throws InterruptedException;
    }

    private static final Logger log = LoggerFactory.getLogger(PollingLoop.class);

    private final LoopSettings settings;
    private final Poll<T> poll;
    private final Consumer<T> handler;
    private final Semaphore slots;
    private final ExecutorService pollers;
    private final ExecutorService handlers;
    private final Object lifecycle = new Object();
    private volatile boolean closing;
    private boolean started;

    public PollingLoop(LoopSettings settings, Poll<T> poll, Consumer<T> handler) {
        this.settings = settings;
        this.poll = poll;
        this.handler = handler;
        this.slots = new Semaphore(settings.handlers());
        this.pollers = Executors.newFixedThreadPool(settings.pollers(), threads(settings.name() + "-poller"));
        this.handlers = Executors.newFixedThreadPool(settings.handlers(), threads(settings.name() + "-handler"));
    }

    /** Starts the pollers. A loop starts once. */
    public void start() {
        synchronized (lifecycle) {
            if (started || closing) {
                throw new IllegalStateException(settings.name() + " was already started or closed");
            }
            started = true;
            for (int i = 0; i < settings.pollers(); i++) {
                pollers.execute(this::pollUntilClosed);
            }
        }
        log.info("{} started: {} poller(s), {} handler(s)", settings.name(), settings.pollers(), settings.handlers());
    }

    /** Whether the loop was started and not closed. */
    public boolean isRunning() {
        synchronized (lifecycle) {
            return started && !closing;
        }
    }

    /**
     * Stops polling and waits up to {@code timeout} for the tasks in flight; what is still
     * running then is interrupted.
     *
     * @return whether every poller and every task in flight ended within the timeout
     */
    public boolean close(Duration timeout) {
        synchronized (lifecycle) {
            closing = true;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        pollers.shutdownNow();
        try {
            boolean pollersEnded = pollers.awaitTermination(remaining(deadline), TimeUnit.NANOSECONDS);
            handlers.shutdown();
            boolean handlersEnded = handlers.awaitTermination(remaining(deadline), TimeUnit.NANOSECONDS);
            if (!handlersEnded) {
                log.warn("{}: tasks still running after {}; interrupting them", settings.name(), timeout);
                handlers.shutdownNow();
            }
            log.info("{} closed", settings.name());
            return pollersEnded && handlersEnded;
        } catch (InterruptedException e) {
            handlers.shutdownNow();
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Closes within the settings' close timeout. */
    public boolean close() {
        return close(settings.closeTimeout());
    }

    private void pollUntilClosed() {
        BackOff backOff = new BackOff(settings.initialBackOff(), settings.maxBackOff());
        while (!closing && takeSlot()) {
            if (!pollOnce(backOff)) {
                return;
            }
        }
    }

    /**
     * Waits for a free handler slot. False, holding none, when interrupted or when closing
     * began meanwhile: a slot freed by a poll that {@code close} withdrew must not start a
     * new poll, which could take a task off the list only to be withdrawn in turn.
     */
    private boolean takeSlot() {
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            return false;
        }
        if (closing) {
            slots.release();
            return false;
        }
        return true;
    }

    /** Polls once with a slot held; hands the slot to the handler when a task came. */
    private boolean pollOnce(BackOff backOff) {
        boolean handedOff = false;
        try {
            Optional<T> task = poll.poll();
            backOff.reset();
            if (task.isPresent()) {
                handedOff = handOff(task.get());
            }
            return true;
        } catch (InterruptedException e) {
            return false;
        } catch (RuntimeException e) {
            return closing ? false : waitAfterFailure(backOff, e);
        } finally {
            if (!handedOff) {
                slots.release();
            }
        }
    }

    private boolean handOff(T task) {
        try {
            handlers.execute(() -> handle(task));
            return true;
        } catch (RejectedExecutionException e) {
            log.warn("{}: closed while a task was being taken; it will time out: {}", settings.name(), task);
            return false;
        }
    }

    private void handle(T task) {
        try {
            handler.accept(task);
        } catch (RuntimeException e) {
            log.error("{}: handling a task failed", settings.name(), e);
        } finally {
            slots.release();
        }
    }

    private boolean waitAfterFailure(BackOff backOff, RuntimeException failure) {
        Duration wait = backOff.next();
        log.warn("{}: poll failed ({}); polling again in {} ms", settings.name(), failure.toString(), wait.toMillis());
        try {
            settings.sleeper().sleep(wait);
            return true;
        } catch (InterruptedException e) {
            return false;
        }
    }

    private static long remaining(long deadline) {
        return Math.max(0, deadline - System.nanoTime());
    }

    private static ThreadFactory threads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(false);
            return thread;
        };
    }
}
