package dev.swfrelay.simulation;

import dev.swfrelay.core.api.DescribeWorkflowExecutionRequest;
import dev.swfrelay.core.api.SignalWorkflowExecutionRequest;
import dev.swfrelay.core.api.StartWorkflowExecutionRequest;
import dev.swfrelay.core.api.SwfService;
import dev.swfrelay.core.model.ExecutionStatus;
import dev.swfrelay.core.model.SwfFault;
import dev.swfrelay.core.model.TaskList;
import dev.swfrelay.core.model.Timeout;
import dev.swfrelay.core.model.WorkflowExecution;
import dev.swfrelay.emulator.engine.clock.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * One seed's simulation, single-threaded: at each step it lists what could happen now in a
 * fixed order (start a run, send a signal, answer late, poll a list with tasks waiting), picks
 * one with the seed's random stream, and when nothing can happen moves the clock to the next
 * instant something will (a deadline of the engine's, a start, a signal, the end of a poller gap).
 */
final class SeedRun {

    private final SimulationSetup setup;
    private final SwfService service;
    private final VirtualClock clock;
    private final ReplayCheck replay;
    private final long seed;
    private final SplittableRandom schedule;
    private final FaultDice dice;
    private final SimulatedSeat seat;
    private final List<RunSlot> runs = new ArrayList<>();
    private final List<InvariantFailure> harnessFailures = new ArrayList<>();
    private final List<Runnable> enabled = new ArrayList<>();

    SeedRun(SimulationSetup setup, SwfService service, VirtualClock clock, ReplayCheck replay, long seed,
            Set<String> exactFaults) {
        this.replay = replay;
        this.setup = setup;
        this.service = service;
        this.clock = clock;
        this.seed = seed;
        this.schedule = new SplittableRandom(seed);
        this.dice = new FaultDice(setup.faults(), schedule.split(), exactFaults);
        this.seat = new SimulatedSeat(setup, service, clock, schedule, dice, harnessFailures);
        Workload workload = setup.workload();
        for (int i = 0; i < workload.runs(); i++) {
            Instant startAt = setup.start().plus(workload.startEvery().multipliedBy(i));
            RunSlot slot = new RunSlot("run-" + i, workload.input().apply(i), startAt);
            for (ScheduledSignal signal : workload.signals()) {
                slot.signals.add(signal);
                slot.signalsDue.add(startAt.plus(signal.after()));
            }
            sortSignals(slot);
            runs.add(slot);
        }
    }

    SeedOutcome run() {
        int steps = 0;
        while (steps++ < setup.maxSteps()) {
            collectEnabled();
            if (enabled.isEmpty()) {
                if (!moveClock()) {
                    break;
                }
                continue;
            }
            enabled.get(schedule.nextInt(enabled.size())).run();
            if (dice.fire(FaultKind.CLOCK_JUMP, clock.now(), "between two steps")) {
                seat.jump();
            }
        }
        List<RunHistory> histories = new ArrayList<>();
        List<InvariantFailure> failures = new ArrayList<>(harnessFailures);
        for (RunSlot slot : runs) {
            if (slot.execution == null) {
                continue;
            }
            RunHistory history = new RunHistory(slot.workflowId, seat.history(slot.execution));
            histories.add(history);
            if (steps > setup.maxSteps()) {
                failures.add(new InvariantFailure(BuiltInInvariants.CLOSES_IN_TIME, slot.workflowId,
                        "the simulation stopped after " + setup.maxSteps() + " steps"));
            }
            failures.addAll(BuiltInInvariants.check(history, replay, setup.requireCompletion()));
            for (Invariant invariant : setup.invariants()) {
                invariant.check().apply(history)
                        .ifPresent(m -> failures.add(new InvariantFailure(invariant.name(), slot.workflowId, m)));
            }
        }
        failures.addAll(seat.sideEffects().repeated());
        return new SeedOutcome(seed, histories, dice.injected(), failures);
    }

    private void collectEnabled() {
        enabled.clear();
        Instant now = clock.now();
        for (RunSlot slot : runs) {
            if (slot.execution == null && !slot.startAt.isAfter(now)) {
                enabled.add(() -> start(slot));
            } else if (slot.open() && slot.signalsDueAt(now) > 0) {
                enabled.add(() -> signal(slot));
            }
        }
        seat.collectEnabled(enabled, now);
    }

    /** Moves the clock to the next instant something happens; false when nothing ever will. */
    private boolean moveClock() {
        Instant now = clock.now();
        Instant next = seat.nextWake(now);
        for (RunSlot slot : runs) {
            if (slot.execution == null) {
                next = earlier(next, slot.startAt);
            } else if (slot.open() && !slot.signalsDue.isEmpty()) {
                next = earlier(next, slot.signalsDue.get(0));
            }
        }
        next = earlier(next, clock.nextDeadline().orElse(null));
        if (next == null || allClosed()) {
            return false;
        }
        clock.advance(next.isAfter(now) ? Duration.between(now, next) : Duration.ZERO);
        return true;
    }

    private boolean allClosed() {
        for (RunSlot slot : runs) {
            if (slot.execution == null) {
                return false;
            }
            if (!slot.closed) {
                slot.closed = service.describeWorkflowExecution(DescribeWorkflowExecutionRequest.builder()
                        .domain(SimulationSetup.DOMAIN).execution(slot.execution).build())
                        .executionInfo().executionStatus() == ExecutionStatus.CLOSED;
                if (!slot.closed) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Instant earlier(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }

    private void start(RunSlot slot) {
        Workload workload = setup.workload();
        String runId = service.startWorkflowExecution(StartWorkflowExecutionRequest.builder()
                .domain(SimulationSetup.DOMAIN).workflowId(slot.workflowId).workflowType(setup.workflowType())
                .taskList(new TaskList(setup.decisionTaskList())).input(slot.input)
                .executionStartToCloseTimeout(Timeout.of(workload.executionTimeout()))
                .taskStartToCloseTimeout(Timeout.of(workload.decisionTaskTimeout())).build()).runId();
        slot.execution = new WorkflowExecution(runId, slot.workflowId);
    }

    private void signal(RunSlot slot) {
        Instant now = clock.now();
        int index = slot.signalsDueAt(now) >= 2
                && dice.fire(FaultKind.REORDERED_SIGNAL, now, "signals of " + slot.workflowId) ? 1 : 0;
        ScheduledSignal signal = slot.signals.remove(index);
        slot.signalsDue.remove(index);
        send(slot, signal);
        if (dice.fire(FaultKind.DUPLICATE_SIGNAL, now, "signal " + signal.name() + " to " + slot.workflowId)) {
            send(slot, signal);
        }
    }

    private void send(RunSlot slot, ScheduledSignal signal) {
        try {
            service.signalWorkflowExecution(SignalWorkflowExecutionRequest.builder().domain(SimulationSetup.DOMAIN)
                    .workflowId(slot.workflowId).runId(slot.execution.runId())
                    .signalName(signal.name()).input(signal.input()).build());
        } catch (SwfFault closedMeanwhile) {
            slot.closed = true;
            slot.signals.clear();
            slot.signalsDue.clear();
        }
    }

    private static void sortSignals(RunSlot slot) {
        for (int i = 1; i < slot.signalsDue.size(); i++) {
            for (int j = i; j > 0 && slot.signalsDue.get(j).isBefore(slot.signalsDue.get(j - 1)); j--) {
                slot.signalsDue.add(j - 1, slot.signalsDue.remove(j));
                slot.signals.add(j - 1, slot.signals.remove(j));
            }
        }
    }
}
