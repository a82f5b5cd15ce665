package dev.swfrelay.emulator.engine.execution;

import dev.swfrelay.emulator.engine.run.Execution;
import dev.swfrelay.emulator.engine.run.ExecutionStore;
import dev.swfrelay.core.model.Timeout;
import dev.swfrelay.emulator.engine.EngineSettings;
import dev.swfrelay.emulator.engine.clock.Deadline;
import dev.swfrelay.emulator.engine.clock.VirtualClock;
import dev.swfrelay.emulator.engine.change.ChangeLog;
import dev.swfrelay.emulator.engine.registry.DomainRegistry;
import dev.swfrelay.emulator.engine.task.TaskLists;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** The parts of one engine that its operation classes share, wired once by the engine. */
final class EngineContext {

    final VirtualClock clock;
    final ChangeLog changes;
    final EngineSettings settings;
    final DomainRegistry domains;
    final TaskLists taskLists = new TaskLists(InstantSource.system());
    final ExecutionStore store = new ExecutionStore();
    final TaskTokens tokens;
    final AtomicInteger startedTasks = new AtomicInteger();
    final AtomicLong sequence = new AtomicLong();
    final ScheduledExecutorService pollTimer;
    final DecisionTasks decisionTasks;
    final ActivityTasks activityTasks;
    final LambdaTasks lambdaTasks;
    final ExecutionCloser closer;
    final ExecutionStarter starter;

    EngineContext(VirtualClock clock, EngineSettings settings, DomainRegistry domains, ScheduledExecutorService pollTimer,
                  ChangeLog changes) {
        this.clock = clock;
        this.changes = changes;
        this.settings = settings;
        this.domains = domains;
        this.pollTimer = pollTimer;
        this.tokens = new TaskTokens(store, clock);
        this.decisionTasks = new DecisionTasks(this);
        this.activityTasks = new ActivityTasks(this);
        this.lambdaTasks = new LambdaTasks(this);
        this.closer = new ExecutionCloser(this);
        this.starter = new ExecutionStarter(this);
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
                    decisionTasks.schedule(e);
                }
                if (e.isOpen() && e.lastEventId() >= settings.limits().maxHistoryEvents() - 1) {
                    closer.terminateForEventLimit(e);
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

    boolean idle() {
        return taskLists.waiting() == 0 && startedTasks.get() == 0 && lambdaTasks.idle();
    }

    void clear() {
        clock.cancelAll(this);
        taskLists.clear();
        store.clear();
        startedTasks.set(0);
        lambdaTasks.clear();
    }
}
