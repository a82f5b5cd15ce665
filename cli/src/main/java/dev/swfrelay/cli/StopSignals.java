package dev.swfrelay.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import sun.misc.Signal;

/**
 * Ctrl-C (SIGINT) and SIGTERM for long-running commands: the first asks them to stop
 * gracefully ({@link #awaitFirst()} returns), the second runs the {@code force} action
 * (kill what still runs). JVM shutdown hooks cannot do this: once shutdown has begun, a
 * second signal is not delivered to the program.
 */
public final class StopSignals {

    private final CountDownLatch first = new CountDownLatch(1);
    private final AtomicInteger received = new AtomicInteger();
    private volatile Runnable force = () -> { };

    private StopSignals() {
    }

    /** Takes over SIGINT and SIGTERM for this process. */
    public static StopSignals install() {
        StopSignals signals = detached();
        for (String name : new String[] {"INT", "TERM"}) {
            try {
                Signal.handle(new Signal(name), signal -> signals.receive());
            } catch (IllegalArgumentException e) {
                // the signal is not available here (or is ignored by the parent): leave it be
            }
        }
        return signals;
    }

    /** Signals that only {@link #receive()} delivers: for tests, which must not take over the JVM's. */
    static StopSignals detached() {
        return new StopSignals();
    }

    /** What the second signal does. */
    public void onSecond(Runnable action) {
        this.force = action;
    }

    /** Blocks until the first signal. */
    public void awaitFirst() throws InterruptedException {
        first.await();
    }

    /** Behaves as if a signal arrived (for embedding and tests). */
    public void receive() {
        if (received.incrementAndGet() == 1) {
            first.countDown();
        } else {
            Thread forcing = new Thread(force, "stop-signals-force");
            forcing.setDaemon(true);
            forcing.start();
        }
    }
}
