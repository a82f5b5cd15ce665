package dev.swfrelay.emulator.engine.clock;

import java.util.concurrent.locks.LockSupport;

/**
 * The daemon thread that fires a real-time clock's deadlines when they fall due. Started on
 * the first deadline; parks until the earliest deadline or until woken by an earlier one.
 */
final class RealTimeFiring implements Runnable {

    private final VirtualClock clock;
    private volatile Thread thread;
    private volatile boolean stopped;
    private volatile Deadline waitingFor;

    RealTimeFiring(VirtualClock clock) {
        this.clock = clock;
    }

    void onScheduled(Deadline deadline) {
        Thread t = ensureStarted();
        Deadline current = waitingFor;
        if (current == null || deadline.at().isBefore(current.at())) {
            LockSupport.unpark(t);
        }
    }

    void wake() {
        Thread t = thread;
        if (t != null) {
            LockSupport.unpark(t);
        } else if (clock.first() != null) {
            ensureStarted();
        }
    }

    void stop() {
        stopped = true;
        Thread t = thread;
        if (t != null) {
            LockSupport.unpark(t);
        }
    }

    private synchronized Thread ensureStarted() {
        if (thread == null && !stopped) {
            Thread t = new Thread(this, "swf-relay-clock");
            t.setDaemon(true);
            thread = t;
            t.start();
        }
        return thread;
    }

    @Override
    public void run() {
        while (!stopped) {
            Deadline next = clock.fireDueInRealTime();
            waitingFor = next;
            if (!clock.isFrozenNow() && next != null && next == clock.first()) {
                VirtualClock.parkUntil(next.at(), clock.system());
            } else if (next == null || clock.isFrozenNow()) {
                LockSupport.park(this);
            }
            waitingFor = null;
        }
    }
}
