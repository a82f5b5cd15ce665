package dev.swfrelay.emulator;

import dev.swfrelay.emulator.engine.facade.SwfEngine;
import dev.swfrelay.core.api.SwfService;
import dev.swfrelay.core.service.ServicePorts;
import dev.swfrelay.emulator.engine.EngineSettings;
import dev.swfrelay.emulator.engine.LambdaFunction;
import dev.swfrelay.emulator.engine.Limits;
import dev.swfrelay.emulator.engine.TaskListView;
import dev.swfrelay.emulator.engine.RehearsalObserver;
import dev.swfrelay.emulator.engine.Tenant;
import dev.swfrelay.emulator.engine.Throttling;
import dev.swfrelay.emulator.engine.change.Change;
import dev.swfrelay.emulator.engine.change.ChangeLog;
import dev.swfrelay.emulator.engine.change.HistoryObserver;
import dev.swfrelay.emulator.engine.clock.VirtualClock;
import dev.swfrelay.emulator.fault.AnswerDelay;
import dev.swfrelay.emulator.fault.FaultInjector;
import dev.swfrelay.emulator.fault.FaultRules;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;

/**
 * All of SWF in this process: one region's engine on a clock, reachable as an
 * {@link SwfService} or through core's ports.
 *
 * <pre>{@code
 * try (SwfEmulator swf = SwfEmulator.builder().clock(VirtualClock.frozenAt(t0)).build()) {
 *     ServicePorts ports = swf.ports("my-domain", "worker-1");
 *     ...
 * }
 * }</pre>
 *
 * Closing answers parked polls empty. A clock passed to the builder is shared, not owned:
 * closing the emulator leaves it running; a clock the emulator made itself is closed with it.
 */
public final class SwfEmulator implements AutoCloseable {

    private final VirtualClock clock;
    private final boolean ownsClock;
    private final ScheduledThreadPoolExecutor pollTimer;
    private final SwfEngine engine;
    private final SwfService service;

    private SwfEmulator(Builder b, EngineSettings settings) {
        this.ownsClock = b.clock == null;
        this.clock = ownsClock ? VirtualClock.systemTime() : b.clock;
        this.pollTimer = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread t = Executors.defaultThreadFactory().newThread(runnable);
            t.setName("swf-relay-poll-hold");
            t.setDaemon(true);
            return t;
        });
        this.pollTimer.setRemoveOnCancelPolicy(true);
        this.engine = new SwfEngine(clock, settings, pollTimer, b.changeLog, b.historyObserver, b.rehearsal);
        this.service = withFaults(engine, b, new Tenant(settings.accountId(), settings.region()));
    }

    /** The engine itself, or with fault rules set every call through their injector. */
    private static SwfService withFaults(SwfEngine engine, Builder b, Tenant tenant) {
        return b.faults == null ? engine : new FaultInjector(b.faults, engine::taskAddress, b.answerDelay,
                fired -> b.rehearsal.faultFired(tenant, fired.rule(), fired.action().kind())).decorate(engine);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Every SWF operation, in memory (through the fault rules, when the builder was given some). */
    public SwfService service() {
        return service;
    }

    /** Core's four ports on this emulator for {@code domain}; pollers identify as {@code identity}. */
    public ServicePorts ports(String domain, String identity) {
        return ServicePorts.of(service, domain, identity);
    }

    /** The task lists of {@code domain} now: pending tasks, the polls parked on each (who, since when), last polls. */
    public List<TaskListView> taskLists(String domain) {
        return engine.taskLists(Objects.requireNonNull(domain, "domain"));
    }

    /** The task lists of every domain now, by domain name: what the metrics' pending tasks gauge reads. */
    public Map<String, List<TaskListView>> taskLists() {
        return engine.taskLists();
    }

    /**
     * Rebuilds, in this fresh emulator, the state that {@code changes} (what an earlier emulator
     * told its change log, in order) describe; see {@link Builder#changeLog}.
     */
    public void restore(List<Change> changes) {
        engine.restore(List.copyOf(changes));
    }

    public VirtualClock clock() {
        return clock;
    }

    /** Forgets all state: domains, types, executions, task lists. Parked polls are answered empty. */
    public void reset() {
        engine.reset();
    }

    /** Forgets the closed runs past their domain's retention period on the clock now; returns how many. */
    public int forgetExpired() {
        return engine.forgetExpired();
    }

    @Override
    public void close() {
        engine.shutdown();
        pollTimer.shutdownNow();
        if (ownsClock) {
            clock.close();
        }
    }

    /** Builds an emulator; every setting has SWF's default and is checked by {@link #build}. */
    public static final class Builder {
        private VirtualClock clock;
        private ChangeLog changeLog = ChangeLog.NONE;
        private FaultRules faults;
        private AnswerDelay answerDelay = AnswerDelay.SLEEP;
        private HistoryObserver historyObserver = HistoryObserver.NONE;
        private RehearsalObserver rehearsal = RehearsalObserver.NONE;
        private final EngineSettings.Builder settings = EngineSettings.builder();

        private Builder() {
        }

        /** The engine's clock (may be shared by several emulators); real time when not set. */
        public Builder clock(VirtualClock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** How long, in real time, a long poll waits for a task before answering empty (60 s by default). */
        public Builder pollHold(Duration pollHold) {
            settings.pollHold(pollHold);
            return this;
        }

        public Builder region(String region) {
            settings.region(region);
            return this;
        }

        /** The account id in ARNs (123456789012 by default). */
        public Builder accountId(String accountId) {
            settings.accountId(accountId);
            return this;
        }

        public Builder limits(Limits limits) {
            settings.limits(limits);
            return this;
        }

        /**
         * Registers a Lambda function: a ScheduleLambdaFunction decision naming {@code name} runs
         * {@code function} (off the engine's locks) with the task's input; what it returns is the
         * result, what it throws fails the task.
         */
        public Builder lambdaFunction(String name, LambdaFunction function) {
            settings.lambdaFunction(name, function);
            return this;
        }

        /**
         * Where the engine tells every state change it makes: the server's journal with
         * {@code --data}. In-process emulators keep none ({@link ChangeLog#NONE}, the default).
         */
        public Builder changeLog(ChangeLog changeLog) {
            this.changeLog = Objects.requireNonNull(changeLog, "changeLog");
            return this;
        }

        /**
         * Passes every call of {@link #service()} and {@link #ports} through {@code rules} (which may
         * change while the emulator runs, and may be shared by several emulators). A call a rule drops
         * or whose answer it loses throws {@link dev.swfrelay.emulator.fault.UnansweredCall}; a latency
         * rule holds the caller's thread. Without rules calls reach the engine directly.
         */
        public Builder faults(FaultRules rules) {
            return faults(rules, AnswerDelay.SLEEP);
        }

        /** As {@link #faults(FaultRules)}, a latency rule's answer held back as {@code delay} says (a server defers it). */
        public Builder faults(FaultRules rules, AnswerDelay delay) {
            this.faults = Objects.requireNonNull(rules, "rules");
            this.answerDelay = Objects.requireNonNull(delay, "delay");
            return this;
        }

        /**
         * Throttles as SWF does ({@link Throttling#swf}, optionally scaled): calls past their API's
         * bucket get {@code ThrottlingException}, decisions past theirs fail with their
         * {@code …_RATE_EXCEEDED} cause; buckets refill on this emulator's clock. Off by default.
         */
        public Builder throttling(Throttling throttling) {
            settings.throttling(throttling);
            return this;
        }

        /**
         * Told of every call and decision metered by {@link #throttling throttling} and every fault a
         * {@link #faults rule} fires: the server's metrics. None by default ({@link RehearsalObserver#NONE}).
         */
        public Builder rehearsalObserver(RehearsalObserver rehearsal) {
            this.rehearsal = Objects.requireNonNull(rehearsal, "rehearsal");
            return this;
        }

        /**
         * Told every event a run appends live, on the run's lock (quick, never blocking): the
         * server's metrics. None by default ({@link HistoryObserver#NONE}).
         */
        public Builder historyObserver(HistoryObserver historyObserver) {
            this.historyObserver = Objects.requireNonNull(historyObserver, "historyObserver");
            return this;
        }

        /** Every engine setting at once, e.g. a server's for one of its regions. */
        public Builder settings(EngineSettings engineSettings) {
            settings.from(engineSettings);
            return this;
        }

        /** The emulator; {@link IllegalArgumentException} naming the setting when one is invalid (a negative poll hold). */
        public SwfEmulator build() {
            return new SwfEmulator(this, settings.build());
        }
    }
}
