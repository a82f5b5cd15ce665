package dev.swfrelay.emulator.engine.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The engine's workflow time and its one deadline-ordered scheduler.
 *
 * <p>Following real time ({@link #systemTime()}), deadlines fire on a daemon thread when they
 * fall due, as on SWF. Frozen ({@link #frozenAt(Instant)}, {@link #freeze(Instant)}), time
 * moves only by {@link #advance(Duration)}, which fires the deadlines it passes in deadline
 * order on the caller's thread, the clock reading each deadline's instant while its action
 * runs. With {@link #autoAdvance(boolean) auto-advance} on, a frozen clock jumps to the next
 * deadline whenever every engine on it is idle: no task waits on a task list and no started
 * task is held by a poller (a started decision or activity task counts as busy until it is
 * answered or times out). One clock may serve several engines.
 */
public final class VirtualClock implements AutoCloseable {

    private static final Comparator<Deadline> ORDER =
            Comparator.comparing(Deadline::at).thenComparingLong(Deadline::sequence);

    private final Clock system;
    private final ConcurrentSkipListSet<Deadline> deadlines = new ConcurrentSkipListSet<>(ORDER);
    private final AtomicLong sequence = new AtomicLong();
    private final List<Quiescence> engines = new CopyOnWriteArrayList<>();
    private final ReentrantLock firing = new ReentrantLock();
    private final AtomicInteger nudges = new AtomicInteger();
    private final RealTimeFiring realTime = new RealTimeFiring(this);
    private volatile Instant frozen;
    private volatile boolean autoAdvance;

    private VirtualClock(Clock system, Instant frozen) {
        this.system = system;
        this.frozen = frozen;
    }

    /** A clock that follows real time; deadlines fire on a scheduler thread when due. */
    public static VirtualClock systemTime() {
        return new VirtualClock(Clock.systemUTC(), null);
    }

    /** A clock frozen at {@code at}; it moves only when told to. */
    public static VirtualClock frozenAt(Instant at) {
        return new VirtualClock(Clock.systemUTC(), Objects.requireNonNull(at, "at"));
    }

    public Instant now() {
        Instant f = frozen;
        return f != null ? f : system.instant();
    }

    public boolean isFrozen() {
        return frozen != null;
    }

    public boolean isAutoAdvance() {
        return autoAdvance;
    }

    /** Stops time at {@code at} (any instant); deadlines already due fire at the next move or nudge. */
    public void freeze(Instant at) {
        Objects.requireNonNull(at, "at");
        firing.lock();
        try {
            frozen = at;
        } finally {
            firing.unlock();
        }
        nudge();
    }

    /** Moves a frozen clock forward, firing what falls due in deadline order on this thread. */
    public void advance(Duration by) {
        Objects.requireNonNull(by, "by");
        if (by.isNegative()) {
            throw new IllegalArgumentException("cannot move the clock backwards by " + by);
        }
        firing.lock();
        try {
            Instant start = frozen;
            if (start == null) {
                throw new IllegalStateException("the clock follows real time: freeze it before advancing");
            }
            Instant target = start.plus(by);
            fireUntil(target);
            frozen = target;
        } finally {
            firing.unlock();
        }
        nudge();
    }

    /** Turns auto-advance on or off; turning it on freezes a clock that follows real time at now. */
    public void autoAdvance(boolean on) {
        if (on && frozen == null) {
            freeze(system.instant());
        }
        autoAdvance = on;
        nudge();
    }

    /** Returns to real time; deadlines now in the past fire on the scheduler thread. */
    public void release() {
        firing.lock();
        try {
            frozen = null;
            autoAdvance = false;
        } finally {
            firing.unlock();
        }
        realTime.wake();
    }

    /** Registers {@code action} to run once at {@code at} unless the returned deadline is cancelled. */
    public Deadline schedule(Instant at, Consumer<Instant> action) {
        return schedule(null, at, action);
    }

    /** As {@link #schedule(Instant, Consumer)}, tagged with {@code owner} for {@link #cancelAll}. */
    public Deadline schedule(Object owner, Instant at, Consumer<Instant> action) {
        Deadline deadline = new Deadline(this, owner, at, sequence.incrementAndGet(), action);
        deadlines.add(deadline);
        if (frozen == null) {
            realTime.onScheduled(deadline);
        }
        return deadline;
    }

    /** Cancels every deadline {@code owner} scheduled, e.g. when an engine is reset or closed. */
    public void cancelAll(Object owner) {
        for (Deadline deadline : deadlines) {
            if (deadline.owner() == owner) {
                deadline.cancel();
            }
        }
    }

    /** Lets an engine take part in auto-advance's idleness test. */
    public void register(Quiescence engine) {
        engines.add(engine);
    }

    public void unregister(Quiescence engine) {
        engines.remove(engine);
    }

    /**
     * Tells the clock that an engine's state changed: on a frozen clock, fires deadlines
     * already due and, with auto-advance on, jumps to the next deadline while all engines are
     * idle. Call it outside engine locks. Concurrent nudges are folded into one drain.
     */
    public void nudge() {
        if (frozen == null || nudges.getAndIncrement() != 0) {
            return;
        }
        int missed = 1;
        while (missed != 0) {
            drainFrozen();
            missed = nudges.addAndGet(-missed);
        }
    }

    /**
     * The instant of the earliest deadline waiting, if any: where a caller that drives a frozen
     * clock itself (a simulation, single-threaded) moves it when nothing else can happen.
     */
    public Optional<Instant> nextDeadline() {
        Deadline next = firstOrNull();
        return next == null ? Optional.empty() : Optional.of(next.at());
    }

    /** Number of deadlines waiting; for tests and diagnostics. */
    public int pendingDeadlines() {
        return deadlines.size();
    }

    @Override
    public void close() {
        realTime.stop();
    }

    void withdraw(Deadline deadline) {
        deadlines.remove(deadline);
    }

    Deadline first() {
        return firstOrNull();
    }

    private Deadline firstOrNull() {
        try {
            return deadlines.first();
        } catch (java.util.NoSuchElementException e) {
            return null;
        }
    }

    /** Fires due deadlines in real time; called by the scheduler thread. Returns the next one. */
    Deadline fireDueInRealTime() {
        firing.lock();
        try {
            if (frozen != null) {
                return null;
            }
            fireUntil(system.instant());
            return firstOrNull();
        } finally {
            firing.unlock();
        }
    }

    private void drainFrozen() {
        firing.lock();
        try {
            Instant now = frozen;
            if (now == null) {
                return;
            }
            fireUntil(now);
            while (autoAdvance && frozen != null && allIdle()) {
                Deadline next = firstOrNull();
                if (next == null) {
                    return;
                }
                if (next.at().isAfter(frozen)) {
                    frozen = next.at();
                }
                fireOne(next);
            }
        } finally {
            firing.unlock();
        }
    }

    private void fireUntil(Instant target) {
        Deadline next;
        while ((next = firstOrNull()) != null && !next.at().isAfter(target)) {
            if (frozen != null && next.at().isAfter(frozen)) {
                frozen = next.at();
            }
            fireOne(next);
        }
    }

    private void fireOne(Deadline deadline) {
        if (deadlines.remove(deadline)) {
            deadline.fire();
        }
    }

    private boolean allIdle() {
        for (Quiescence engine : engines) {
            if (!engine.isIdle()) {
                return false;
            }
        }
        return true;
    }

    boolean isFrozenNow() {
        return frozen != null;
    }

    static void parkUntil(Instant at, Clock system) {
        long nanos = Duration.between(system.instant(), at).toNanos();
        if (nanos > 0) {
            LockSupport.parkNanos(nanos);
        }
    }

    Clock system() {
        return system;
    }
}
