package dev.swfrelay.emulator.engine.execution;

import dev.swfrelay.emulator.engine.run.Execution;
import dev.swfrelay.emulator.engine.run.ExecutionStore;
import dev.swfrelay.core.model.Timeout;
import dev.swfrelay.emulator.engine.EngineSettings;
import dev.swfrelay.emulator.engine.clock.Deadline;
import dev.swfrelay.emulator.engine.clock.VirtualClock;
import dev.swfrelay.emulator.engine.change.ChangeLog;
import dev.swfrelay.emulator.engine.change.HistoryObserver;
import dev.swfrelay.emulator.engine.registry.DomainRegistry;
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
 * service gets the others it calls through its constructor, wired once in {@link SwfEngine}.
 */
final class EngineParts {

    final VirtualClock clock;
    final ChangeLog changes;
    final HistoryObserver observer;
    final EngineSettings settings;
    final DomainRegistry domains;
    final TaskLists taskLists = new TaskLists(InstantSource.system());
    final ExecutionStore store = new ExecutionStore();
    final TaskTokens tokens;
    final AtomicInteger startedTasks = new AtomicInteger();
    final AtomicLong sequence = new AtomicLong();
    final ScheduledExecutorService pollTimer;
    final Throttle throttle;
    private Consumer<Execution> scheduleDecision;
    private Consumer<Execution> terminateAtLimit;

    EngineParts(VirtualClock clock, EngineSettings settings, DomainRegistry domains, ScheduledExecutorService pollTimer,
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
     * made a decision task due, {@code terminateAtLimit} when its history reached the limit.
     */
    void settleWith(Consumer<Execution> scheduleDecision, Consumer<Execution> terminateAtLimit) {
        this.scheduleDecision = scheduleDecision;
        this.terminateAtLimit = terminateAtLimit;
    }

    /** Schedules {@code action} on the run's lock {@code timeout} after {@code from}; null for NONE. */
    Deadline after(Instant from, Timeout timeout, Execution execution, Consumer<Instant> action) {
        if (timeout == null || timeout.isNone()) {
            return null;
        }
        Instant at = from.plus(timeout.duration().orElseThrow());
        return clock.schedule(this, at, firedAt -> locked(execution, () -> action.accept(firedAt)));
    }

    /**
     * Runs {@code body} as one unit on the run's lock, then does what the run's state asks for
     * before the lock is let go: the decision task its events made due, and the run's
     * termination when its history reached the limit.
     */
    <T> T locked(Execution e, Supplier<T> body) {
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
            }
        });
    }

    void locked(Execution e, Runnable body) {
        locked(e, () -> {
            body.run();
            return null;
        });
    }

    /** Takes a token of {@code run}'s own bucket for {@code quota} when throttling is on; SWF's ThrottlingException if empty. */
    void admit(Execution run, SwfQuotas.Run quota) {
        if (throttle.isOn()) {
            throttle.admit(run.buckets(), quota);
        }
    }

    /** Whether no task waits on a list and none is started (running Lambda functions aside). */
    boolean idle() {
        return taskLists.waiting() == 0 && startedTasks.get() == 0;
    }

    /** Forgets every run, task list and deadline. */
    void clear() {
        clock.cancelAll(this);
        taskLists.clear();
        store.clear();
        startedTasks.set(0);
    }
}
