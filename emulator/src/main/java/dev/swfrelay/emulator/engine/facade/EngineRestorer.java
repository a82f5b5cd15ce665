package dev.swfrelay.emulator.engine.facade;

import dev.swfrelay.emulator.engine.activity.state.ActivityState;
import dev.swfrelay.emulator.engine.activity.ActivityTasks;
import dev.swfrelay.emulator.engine.decision.state.DecisionSlot;
import dev.swfrelay.emulator.engine.decision.DecisionTasks;
import dev.swfrelay.emulator.engine.shared.EngineParts;
import dev.swfrelay.emulator.engine.run.state.Execution;
import dev.swfrelay.emulator.engine.run.ExecutionCloser;
import dev.swfrelay.emulator.engine.run.state.ExecutionConfig;
import dev.swfrelay.emulator.engine.lambda.state.LambdaState;
import dev.swfrelay.emulator.engine.lambda.LambdaTasks;
import dev.swfrelay.emulator.engine.registry.RegistryChanges;
import dev.swfrelay.emulator.engine.shared.TaskToken;
import dev.swfrelay.emulator.engine.timer.TimerDecisions;
import dev.swfrelay.emulator.engine.timer.state.TimerState;
import dev.swfrelay.core.model.HistoryEvent;
import dev.swfrelay.core.model.Timeout;
import dev.swfrelay.core.model.WorkflowExecution;
import dev.swfrelay.core.model.event.DecisionTaskScheduled;
import dev.swfrelay.core.model.event.LambdaFunctionScheduled;
import dev.swfrelay.core.model.event.TimerStarted;
import dev.swfrelay.core.model.event.WorkflowExecutionStarted;
import dev.swfrelay.emulator.engine.change.Change;
import dev.swfrelay.emulator.engine.change.EventRecorded;
import dev.swfrelay.emulator.engine.change.HeartbeatRecorded;
import dev.swfrelay.emulator.engine.change.RegistryChanged;
import dev.swfrelay.emulator.engine.change.StateReset;
import dev.swfrelay.emulator.engine.change.TokenIssued;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rebuilds an engine from its change log by the same fold the live engine runs: registry
 * changes applied again at their instants, each run created from its WorkflowExecutionStarted
 * and every event handed to {@link Execution#restoreEvent}, tokens and heartbeats put back on
 * their tasks. Then, for the open runs, what was waiting goes back on its task list and every
 * timeout and timer is armed at its original deadline, in deadline order, so those already past
 * fire first in that order; ties keep the order the journal recorded their events in, so tasks
 * scheduled at one instant wait on their list in the order they had. Nothing is recorded.
 */
final class EngineRestorer {

    private final EngineParts parts;
    private final RegistryChanges registry;
    private final DecisionTasks decisionTasks;
    private final ActivityTasks activityTasks;
    private final TimerDecisions timers;
    private final LambdaTasks lambdaTasks;
    private final ExecutionCloser closer;
    private final Runnable forgetAll;
    private final Map<String, Execution> runs = new LinkedHashMap<>();
    private final Map<ActivityState, Instant> lastBeats = new HashMap<>();
    private final Map<Execution, List<Integer>> positions = new HashMap<>();
    private int position;

    /** {@code forgetAll} empties the engine, as a StateReset in the journal says. */
    EngineRestorer(EngineParts parts, RegistryChanges registry, DecisionTasks decisionTasks, ActivityTasks activityTasks,
                   TimerDecisions timers, LambdaTasks lambdaTasks, ExecutionCloser closer, Runnable forgetAll) {
        this.parts = parts;
        this.registry = registry;
        this.decisionTasks = decisionTasks;
        this.activityTasks = activityTasks;
        this.timers = timers;
        this.lambdaTasks = lambdaTasks;
        this.closer = closer;
        this.forgetAll = forgetAll;
    }

    void restore(List<Change> changes) {
        for (Change change : changes) {
            apply(change);
            position++;
        }
        List<Rearm> rearms = new ArrayList<>();
        for (Execution e : runs.values()) {
            e.restored();
            if (e.isOpen()) {
                collect(e, rearms);
            }
        }
        rearms.sort(Comparator.comparing(Rearm::deadline).thenComparingInt(Rearm::position));
        for (Rearm rearm : rearms) {
            rearm.execution().locked(rearm.action());
        }
    }

    private void apply(Change change) {
        if (change instanceof EventRecorded r) {
            event(r);
        } else if (change instanceof TokenIssued t) {
            token(t);
        } else if (change instanceof HeartbeatRecorded h) {
            ActivityState a = run(h.run()).open().activityScheduledAs(h.scheduledEventId());
            if (a != null) {
                a.heartbeat(h.details());
                lastBeats.put(a, h.at());
            }
        } else if (change instanceof RegistryChanged r) {
            registry.replay(r);
        } else if (change instanceof StateReset) {
            forgetAll.run();
            runs.clear();
            lastBeats.clear();
            positions.clear();
        }
    }

    private void event(EventRecorded r) {
        HistoryEvent event = r.event();
        Execution e = runs.get(r.run().runId());
        if (e == null && event.attributes() instanceof WorkflowExecutionStarted s) {
            e = open(r.domain(), r.run(), event.eventTimestamp(), s);
        }
        if (e == null) {
            throw new IllegalStateException("run " + r.run() + " in domain " + r.domain() + ": event " + event.eventId()
                    + " follows no event");
        }
        boolean wasOpen = e.isOpen();
        e.restoreEvent(event);
        positions.computeIfAbsent(e, run -> new ArrayList<>()).add(position);
        if (wasOpen && !e.isOpen()) {
            closer.closed(e, e.closeStatus(), e.closeTimestamp());
        }
    }

    private Execution open(String domain, WorkflowExecution run, Instant at, WorkflowExecutionStarted s) {
        ExecutionConfig config = new ExecutionConfig(s.childPolicy(), s.executionStartToCloseTimeout(), s.lambdaRole(),
                s.taskList(), s.taskPriority(), s.taskStartToCloseTimeout(), s.tagList());
        long initiated = s.parentInitiatedEventId() == null ? 0 : s.parentInitiatedEventId();
        Execution e = new Execution(parts.changes, parts.observer, parts.startedTasks, domain, run, s.workflowType(), config, at,
                s.parentWorkflowExecution(), initiated, s.input());
        runs.put(run.runId(), e);
        parts.store.restoreOpen(e);
        return e;
    }

    private void token(TokenIssued t) {
        TaskToken token = TaskToken.decode(t.token())
                .orElseThrow(() -> new IllegalStateException("a recorded task token does not decode: " + t.token()));
        Execution e = run(t.run());
        if (token.kind() == TaskToken.Kind.DECISION) {
            if (e.decision().started() && e.decision().scheduledEventId() == token.scheduledEventId()) {
                e.decision().tokenIssued(t.token());
            }
        } else {
            ActivityState a = e.open().activityScheduledAs(token.scheduledEventId());
            if (a != null && a.started()) {
                a.tokenIssued(t.token());
            }
        }
    }

    private Execution run(WorkflowExecution id) {
        Execution e = runs.get(id.runId());
        if (e == null) {
            throw new IllegalStateException("run " + id + " has changes but no WorkflowExecutionStarted before them");
        }
        return e;
    }

    /** What to arm again for the open run {@code e}, each with the deadline it is sorted by. */
    private void collect(Execution e, List<Rearm> rearms) {
        rearms.add(new Rearm(plus(e.startTimestamp(), e.config().executionStartToCloseTimeout()), at(e, 1), e,
                () -> closer.armTimeout(e)));
        DecisionSlot slot = e.decision();
        if (slot.phase() == DecisionSlot.Phase.SCHEDULED) {
            HistoryEvent scheduled = e.event(slot.scheduledEventId());
            Timeout toStart = ((DecisionTaskScheduled) scheduled.attributes()).scheduleToStartTimeout();
            rearms.add(new Rearm(scheduled.eventTimestamp(), at(e, slot.scheduledEventId()), e,
                    () -> decisionTasks.rearm(e, scheduled.eventTimestamp(), toStart)));
        } else if (slot.started()) {
            Instant started = e.event(slot.startedEventId()).eventTimestamp();
            rearms.add(new Rearm(plus(started, e.config().taskStartToCloseTimeout()), at(e, slot.startedEventId()), e,
                    () -> decisionTasks.rearm(e, started, null)));
        }
        e.open().activities().forEach(a -> rearms.add(activity(e, a)));
        for (TimerState timer : e.open().timers()) {
            HistoryEvent started = e.event(timer.startedEventId());
            Timeout toFire = ((TimerStarted) started.attributes()).startToFireTimeout();
            rearms.add(new Rearm(plus(started.eventTimestamp(), toFire), at(e, timer.startedEventId()), e,
                    () -> timers.arm(e, timer, started.eventTimestamp(), toFire)));
        }
        for (LambdaState lambda : e.open().lambdas()) {
            if (lambda.phase() == LambdaState.Phase.STARTED) {
                Instant started = e.event(lambda.startedEventId()).eventTimestamp();
                Timeout timeout = ((LambdaFunctionScheduled) e.event(lambda.scheduledEventId()).attributes())
                        .startToCloseTimeout();
                rearms.add(new Rearm(plus(started, timeout), at(e, lambda.startedEventId()), e,
                        () -> lambdaTasks.rearm(e, lambda, started, timeout)));
            }
        }
    }

    private Rearm activity(Execution e, ActivityState a) {
        Instant scheduled = e.event(a.scheduledEventId()).eventTimestamp();
        if (!a.started()) {
            return new Rearm(scheduled, at(e, a.scheduledEventId()), e, () -> activityTasks.enqueue(e, a, scheduled));
        }
        Instant started = e.event(a.startedEventId()).eventTimestamp();
        Instant beat = lastBeats.getOrDefault(a, started);
        return new Rearm(earliest(plus(started, a.startToClose()), plus(beat, a.heartbeat()),
                plus(scheduled, a.scheduleToClose())), at(e, a.startedEventId()), e,
                () -> activityTasks.rearmStarted(e, a, scheduled, started, beat));
    }

    /** Where in the journal event {@code eventId} of {@code e} was recorded. */
    private int at(Execution e, long eventId) {
        return positions.get(e).get((int) eventId - 1);
    }

    private static Instant plus(Instant from, Timeout timeout) {
        return timeout == null || timeout.isNone() ? Instant.MAX : from.plus(timeout.duration().orElseThrow());
    }

    private static Instant earliest(Instant a, Instant b, Instant c) {
        Instant ab = a.isBefore(b) ? a : b;
        return ab.isBefore(c) ? ab : c;
    }

    /** One thing to arm again, under its run's lock. */
    private record Rearm(Instant deadline, int position, Execution execution, Runnable action) {
    }
}
