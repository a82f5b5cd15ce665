package dev.swfrelay.emulator.engine.shared;

import dev.swfrelay.emulator.engine.registry.DomainRegistry;
import dev.swfrelay.emulator.engine.run.state.Execution;
import dev.swfrelay.emulator.engine.run.state.ExecutionStore;
import dev.swfrelay.core.model.Timeout;
import dev.swfrelay.emulator.engine.EngineSettings;
import dev.swfrelay.emulator.engine.clock.Deadline;
import dev.swfrelay.emulator.engine.clock.VirtualClock;
import dev.swfrelay.emulator.engine.change.ChangeLog;
import dev.swfrelay.emulator.engine.change.HistoryObserver;
import dev.swfrelay.emulator.engine.task.TaskLists;
import dev.swfrelay.emulator.engine.RehearsalObserver;
import dev.swfrelay.emulator.engine.Tenant;
import dev.swfrelay.emulator.engine.throttle.SwfQuotas;
import dev.swfrelay.emulator.engine.throttle.Throttle;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The plumbing one engine's services share (clock, change log, settings, registry, task lists,
 * runs, tokens, counters) and the unit of work on a run's lock. It holds no service: each
 * service gets the others it calls through its constructor, wired once in {@code facade.EngineServices}.
 */
public final class EngineParts {

    public final VirtualClock clock;
    public final ChangeLog changes;
    public final HistoryObserver observer;
    public final EngineSettings settings;
    public final DomainRegistry domains;
    public final TaskLists taskLists = new TaskLists(InstantSource.system());
    public final ExecutionStore store = new ExecutionStore();
    public final TaskTokens tokens;
    public final AtomicInteger startedTasks = new AtomicInteger();
    public final AtomicLong sequence = new AtomicLong();
    public final ScheduledExecutorService pollTimer;
    public final Throttle throttle;
    private Consumer<Execution> scheduleDecision;
    private Consumer<Execution> terminateAtLimit;
    private Consumer<Execution> tellParent;

    public EngineParts(VirtualClock clock, EngineSettings settings, DomainRegistry domains, ScheduledExecutorService pollTimer,
                  ChangeLog changes, HistoryObserver observer, RehearsalObserver rehearsal) {
        this.clock = clock;
        this.changes = changes;
        this.observer = observer;
        this.settings = settings;
        this.domains = domains;
        this.pollTimer = pollTimer;
        this.tokens = new TaskTokens(store, clock);
        Tenant tenant = new Tenant(settings.accountId(), settings.region());
        this.throttle = new Throttle(settings.throttling(), clock, (quota, throttled) ->
                rehearsal.metered(tenant, quota.apiName(), throttled ? 0 : 1, throttled));
    }

    /**
     * What ends every unit on a run, wired once: {@code scheduleDecision} when the run's events
     * made a decision task due, {@code terminateAtLimit} when its history reached the limit,
     * {@code tellParent} when the run closed and its parent is owed word of it.
     */
    public void settleWith(Consumer<Execution> scheduleDecision, Consumer<Execution> terminateAtLimit,
                           Consumer<Execution> tellParent) {
        this.scheduleDecision = scheduleDecision;
        this.terminateAtLimit = terminateAtLimit;
        this.tellParent = tellParent;
    }

    /** Schedules {@code action} on the run's lock {@code timeout} after {@code from}; null for NONE. */
    public Deadline after(Instant from, Timeout timeout, Execution execution, Consumer<Instant> action) {
        if (timeout == null || timeout.isNone()) {
            return null;
        }
        Instant at = from.plus(timeout.duration().orElseThrow());
        return clock.schedule(this, at, firedAt -> locked(execution, () -> action.accept(firedAt)));
    }

    /**
     * Runs {@code body} as one unit on the run's lock, then does what the run's state asks for
     * before the lock is let go: the decision task its events made due, the run's termination
     * when its history reached the limit, and word to its parent when it closed.
     */
    public <T> T locked(Execution e, Supplier<T> body) {
        return e.locked(() -> {
            try {
                return body.get();
            } finally {
                if (e.takeDecisionDue()) {
                    scheduleDecision.accept(e);
                }
                if (e.isOpen() && e.lastEventId() >= settings.limits().maxHistoryEvents() - 1) {
                    terminateAtLimit.accept(e);
                }
                if (e.takeParentDue()) {
                    tellParent.accept(e);
                }
            }
        });
    }

    public void locked(Execution e, Runnable body) {
        locked(e, () -> {
            body.run();
            return null;
        });
    }

    /** Takes a token of {@code run}'s own bucket for {@code quota} when throttling is on; SWF's ThrottlingException if empty. */
    public void admit(Execution run, SwfQuotas.Run quota) {
        if (throttle.isOn()) {
            throttle.admit(run.buckets(), quota);
        }
    }

    /** Whether no task waits on a list and none is started (running Lambda functions aside). */
    public boolean idle() {
        return taskLists.waiting() == 0 && startedTasks.get() == 0;
    }

    /** Forgets every run, task list and deadline. */
    public void clear() {
        clock.cancelAll(this);
        taskLists.clear();
        store.clear();
        startedTasks.set(0);
    }
}
