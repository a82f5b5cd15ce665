package dev.swfrelay.emulator.engine;

import dev.swfrelay.emulator.engine.run.state.RunView;
import dev.swfrelay.emulator.engine.facade.SwfEngine;
import static org.assertj.core.api.Assertions.assertThat;

import dev.swfrelay.core.api.CountPendingActivityTasksRequest;
import dev.swfrelay.core.api.CountPendingDecisionTasksRequest;
import dev.swfrelay.core.api.PollForActivityTaskRequest;
import dev.swfrelay.core.api.PollForDecisionTaskRequest;
import dev.swfrelay.core.api.RecordActivityTaskHeartbeatRequest;
import dev.swfrelay.core.api.RegisterActivityTypeRequest;
import dev.swfrelay.core.api.RegisterDomainRequest;
import dev.swfrelay.core.api.RegisterWorkflowTypeRequest;
import dev.swfrelay.core.api.RequestCancelWorkflowExecutionRequest;
import dev.swfrelay.core.api.RespondActivityTaskCanceledRequest;
import dev.swfrelay.core.api.RespondActivityTaskCompletedRequest;
import dev.swfrelay.core.api.RespondActivityTaskFailedRequest;
import dev.swfrelay.core.api.RespondDecisionTaskCompletedRequest;
import dev.swfrelay.core.api.SignalWorkflowExecutionRequest;
import dev.swfrelay.core.api.StartWorkflowExecutionRequest;
import dev.swfrelay.core.api.TerminateWorkflowExecutionRequest;
import dev.swfrelay.core.model.ActivityTask;
import dev.swfrelay.core.model.ActivityType;
import dev.swfrelay.core.model.ChildPolicy;
import dev.swfrelay.core.model.DecisionTask;
import dev.swfrelay.core.model.EventType;
import dev.swfrelay.core.model.SwfFault;
import dev.swfrelay.core.model.TaskList;
import dev.swfrelay.core.model.Timeout;
import dev.swfrelay.core.model.WorkflowType;
import dev.swfrelay.core.model.decision.CancelTimer;
import dev.swfrelay.core.model.decision.CancelWorkflowExecution;
import dev.swfrelay.core.model.decision.CompleteWorkflowExecution;
import dev.swfrelay.core.model.decision.ContinueAsNewWorkflowExecution;
import dev.swfrelay.core.model.decision.Decision;
import dev.swfrelay.core.model.decision.FailWorkflowExecution;
import dev.swfrelay.core.model.decision.RecordMarker;
import dev.swfrelay.core.model.decision.RequestCancelActivityTask;
import dev.swfrelay.core.model.decision.RequestCancelExternalWorkflowExecution;
import dev.swfrelay.core.model.decision.ScheduleActivityTask;
import dev.swfrelay.core.model.decision.ScheduleLambdaFunction;
import dev.swfrelay.core.model.decision.SignalExternalWorkflowExecution;
import dev.swfrelay.core.model.decision.StartChildWorkflowExecution;
import dev.swfrelay.core.model.decision.StartTimer;
import dev.swfrelay.emulator.engine.change.Change;
import dev.swfrelay.emulator.engine.change.ChangeLog;
import dev.swfrelay.emulator.engine.clock.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The fold's property: for thousands of seeded random workflows on the virtual clock (all 13
 * decision types, the four activity timeouts, decision and workflow timeouts, timers, signals,
 * cancel requests, terminations, children with each child policy, continue-as-new, Lambda tasks),
 * the state reached live equals the state a fresh engine restores from the recorded changes,
 * compared through {@link RunView}; and a restored engine driven on exactly as the live one goes
 * on to the same end (run ids and tokens aside, which are random).
 */
class FoldPropertyTest {

    private static final int SCENARIOS = 1000;
    private static final String DOMAIN = "fold";
    private static final WorkflowType FLOW = new WorkflowType("flow", "1");
    private static final ActivityType STEP = new ActivityType("step", "1");
    private static final TaskList DECISIONS = new TaskList("decisions");
    private static final TaskList OVERRIDE = new TaskList("decisions-2");
    private static final TaskList ACTIVITIES = new TaskList("activities");
    private static final ScheduledExecutorService POLL_TIMER = Executors.newSingleThreadScheduledExecutor();

    @AfterAll
    static void stopTimer() {
        POLL_TIMER.shutdownNow();
    }

    @Test
    void liveStateEqualsRestoredStateAndBothGoOnToTheSameEnd() {
        Set<EventType> seen = EnumSet.noneOf(EventType.class);
        int runs = 0;
        for (int seed = 0; seed < SCENARIOS; seed++) {
            List<RunView> end = scenario(seed);
            runs += end.size();
            end.forEach(view -> view.history().forEach(event -> seen.add(event.eventType())));
        }
        assertThat(runs).as("runs compared after a restore").isGreaterThan(SCENARIOS * 3);
        assertThat(seen).as("what the mix made happen").contains(EventType.ActivityTaskTimedOut,
                EventType.ActivityTaskCanceled, EventType.ActivityTaskFailed, EventType.ActivityTaskCompleted,
                EventType.ActivityTaskCancelRequested, EventType.DecisionTaskTimedOut, EventType.TimerFired,
                EventType.TimerCanceled, EventType.MarkerRecorded, EventType.WorkflowExecutionSignaled,
                EventType.ExternalWorkflowExecutionSignaled, EventType.ExternalWorkflowExecutionCancelRequested,
                EventType.WorkflowExecutionCancelRequested, EventType.WorkflowExecutionCanceled,
                EventType.WorkflowExecutionCompleted, EventType.WorkflowExecutionFailed,
                EventType.WorkflowExecutionTerminated, EventType.WorkflowExecutionTimedOut,
                EventType.WorkflowExecutionContinuedAsNew, EventType.ChildWorkflowExecutionStarted,
                EventType.ChildWorkflowExecutionTerminated, EventType.StartChildWorkflowExecutionFailed,
                EventType.LambdaFunctionStarted, EventType.LambdaFunctionTimedOut, EventType.StartLambdaFunctionFailed,
                EventType.ScheduleLambdaFunctionFailed, EventType.CancelTimerFailed, EventType.StartTimerFailed,
                EventType.RequestCancelActivityTaskFailed, EventType.CompleteWorkflowExecutionFailed);
    }

    /** One seeded workflow mix; returns the runs as they ended, compared after a restore. */
    private static List<RunView> scenario(long seed) {
        Random plan = new Random(seed);
        VirtualClock clock = VirtualClock.frozenAt(Instant.parse("2020-01-01T00:00:00Z"));
        Recorder recorder = new Recorder();
        SwfEngine live = engine(clock, recorder);
        VirtualClock restoredClock = null;
        SwfEngine restored = null;
        SwfEngine again = null;
        try {
            register(live);
            Driver liveDriver = new Driver(live, clock);
            int steps = 20 + plan.nextInt(30);
            int restoreAt = plan.nextInt(steps);
            for (int step = 0; step < restoreAt; step++) {
                liveDriver.step(plan);
            }
            restoredClock = VirtualClock.frozenAt(clock.now());
            restored = engine(restoredClock, ChangeLog.NONE);
            restored.restore(recorder.snapshot());
            List<RunView> before = live.runViews(DOMAIN);
            assertThat(restored.runViews(DOMAIN)).as("seed %d: restored at step %d", seed, restoreAt).isEqualTo(before);
            assertThat(pending(restored)).as("seed %d: pending tasks", seed).isEqualTo(pending(live));
            Driver restoredDriver = liveDriver.copyFor(restored, restoredClock);
            long continuation = plan.nextLong();
            Random liveRest = new Random(continuation);
            Random restoredRest = new Random(continuation);
            for (int step = restoreAt; step < steps; step++) {
                liveDriver.step(liveRest);
                restoredDriver.step(restoredRest);
            }
            assertThat(masked(restored.runViews(DOMAIN))).as("seed %d: the end after a restore", seed)
                    .isEqualTo(masked(live.runViews(DOMAIN)));
            again = engine(clock, ChangeLog.NONE);
            again.restore(recorder.snapshot());
            assertThat(again.runViews(DOMAIN)).as("seed %d: restored at the end", seed).isEqualTo(live.runViews(DOMAIN));
            return live.runViews(DOMAIN);
        } finally {
            live.shutdown();
            if (restored != null) {
                restored.shutdown();
                restoredClock.close();
            }
            if (again != null) {
                again.shutdown();
            }
            clock.close();
        }
    }

    private static SwfEngine engine(VirtualClock clock, ChangeLog changes) {
        EngineSettings settings = EngineSettings.builder().pollHold(Duration.ofMillis(1))
                .lambdaFunction("block", input -> {
                    new CountDownLatch(1).await();
                    return input;
                }).build();
        return new SwfEngine(clock, settings, POLL_TIMER, changes);
    }

    private static void register(SwfEngine swf) {
        swf.registerDomain(RegisterDomainRequest.builder().name(DOMAIN).workflowExecutionRetentionPeriodInDays("1").build());
        swf.registerWorkflowType(RegisterWorkflowTypeRequest.builder().domain(DOMAIN).name(FLOW.name())
                .version(FLOW.version()).defaultTaskList(DECISIONS).defaultChildPolicy(ChildPolicy.TERMINATE)
                .defaultExecutionStartToCloseTimeout(Timeout.ofSeconds(2000))
                .defaultTaskStartToCloseTimeout(Timeout.ofSeconds(30)).build());
        swf.registerActivityType(RegisterActivityTypeRequest.builder().domain(DOMAIN).name(STEP.name())
                .version(STEP.version()).defaultTaskList(ACTIVITIES)
                .defaultTaskScheduleToCloseTimeout(Timeout.ofSeconds(400))
                .defaultTaskScheduleToStartTimeout(Timeout.ofSeconds(150))
                .defaultTaskStartToCloseTimeout(Timeout.ofSeconds(120))
                .defaultTaskHeartbeatTimeout(Timeout.NONE).build());
    }

    private static List<Integer> pending(SwfEngine swf) {
        List<Integer> counts = new ArrayList<>();
        for (TaskList list : List.of(DECISIONS, OVERRIDE)) {
            counts.add(swf.countPendingDecisionTasks(new CountPendingDecisionTasksRequest(DOMAIN, list)).count());
        }
        counts.add(swf.countPendingActivityTasks(new CountPendingActivityTasksRequest(DOMAIN, ACTIVITIES)).count());
        return counts;
    }

    /** The views with their random parts (run ids, tokens) blanked, in a stable order. */
    private static List<String> masked(List<RunView> views) {
        List<String> random = new ArrayList<>();
        for (RunView view : views) {
            random.add(view.id().runId());
            random.add(view.decision().token());
            view.activities().forEach(a -> random.add(a.token()));
        }
        List<String> result = new ArrayList<>();
        for (RunView view : views) {
            String text = view.toString();
            for (String value : random) {
                if (value != null) {
                    text = text.replace(value, "*");
                }
            }
            result.add(text);
        }
        result.sort(null);
        return result;
    }

    /**
     * Drives one engine. Every choice comes from the random source and from what the engine shows
     * (pending counts, tasks polled, keyed by workflow and activity id), never from its run ids or
     * tokens, so two engines in the same state driven with equal sources do the same things.
     */
    private static final class Driver {
        private final SwfEngine swf;
        private final VirtualClock clock;
        private final TreeMap<String, String> decisionTokens = new TreeMap<>();
        private final TreeMap<String, String> activityTokens = new TreeMap<>();

        Driver(SwfEngine swf, VirtualClock clock) {
            this.swf = swf;
            this.clock = clock;
        }

        Driver copyFor(SwfEngine other, VirtualClock otherClock) {
            Driver copy = new Driver(other, otherClock);
            copy.decisionTokens.putAll(decisionTokens);
            copy.activityTokens.putAll(activityTokens);
            return copy;
        }

        void step(Random r) {
            try {
                switch (r.nextInt(12)) {
                    case 0, 1 -> start(r);
                    case 2, 3 -> drainDecisions();
                    case 4, 5, 6 -> decide(r);
                    case 7 -> drainActivities();
                    case 8 -> answer(r);
                    case 9 -> external(r);
                    default -> clock.advance(Duration.ofSeconds(1 + r.nextInt(120)));
                }
            } catch (SwfFault expected) {
                // bad moves are part of the mix; both engines refuse them alike
            }
        }

        private void start(Random r) {
            swf.startWorkflowExecution(StartWorkflowExecutionRequest.builder().domain(DOMAIN)
                    .workflowId("w" + r.nextInt(4)).workflowType(FLOW).input("in")
                    .childPolicy(ChildPolicy.values()[r.nextInt(3)])
                    .executionStartToCloseTimeout(r.nextInt(4) == 0 ? Timeout.ofSeconds(100 + r.nextInt(400)) : null)
                    .lambdaRole(r.nextBoolean() ? "role" : null).build());
        }

        private void drainDecisions() {
            for (TaskList list : List.of(DECISIONS, OVERRIDE)) {
                while (swf.countPendingDecisionTasks(new CountPendingDecisionTasksRequest(DOMAIN, list)).count() > 0) {
                    DecisionTask task = EngineFixture.await(swf.pollForDecisionTask(PollForDecisionTaskRequest.builder()
                            .domain(DOMAIN).taskList(list).identity("decider").build()));
                    if (task.taskToken() == null) {
                        break;
                    }
                    decisionTokens.put(task.workflowExecution().workflowId(), task.taskToken());
                }
            }
        }

        private void drainActivities() {
            while (swf.countPendingActivityTasks(new CountPendingActivityTasksRequest(DOMAIN, ACTIVITIES)).count() > 0) {
                ActivityTask task = EngineFixture.await(swf.pollForActivityTask(PollForActivityTaskRequest.builder()
                        .domain(DOMAIN).taskList(ACTIVITIES).identity("worker").build()));
                if (task.taskToken() == null) {
                    break;
                }
                activityTokens.put(task.workflowExecution().workflowId() + "/" + task.activityId(), task.taskToken());
            }
        }

        private void decide(Random r) {
            if (decisionTokens.isEmpty()) {
                return;
            }
            String key = pick(decisionTokens, r);
            String token = decisionTokens.remove(key);
            List<Decision> decisions = new ArrayList<>();
            int count = r.nextInt(4);
            for (int i = 0; i < count; i++) {
                decisions.add(open(r));
            }
            if (r.nextInt(4) == 0) {
                decisions.add(close(r));
            }
            RespondDecisionTaskCompletedRequest.Builder answer = RespondDecisionTaskCompletedRequest.builder()
                    .taskToken(token).decisions(decisions).executionContext(r.nextBoolean() ? "ctx" + r.nextInt(9) : null);
            if (r.nextInt(6) == 0) {
                answer.taskList(OVERRIDE).taskListScheduleToStartTimeout(r.nextBoolean() ? Timeout.ofSeconds(20) : null);
            }
            swf.respondDecisionTaskCompleted(answer.build());
        }

        private static Decision open(Random r) {
            String n = Integer.toString(r.nextInt(3));
            return switch (r.nextInt(9)) {
                case 0, 1 -> new ScheduleActivityTask("a" + n, STEP, null,
                        r.nextBoolean() ? Timeout.ofSeconds(15) : null, "x", null,
                        r.nextBoolean() ? Timeout.ofSeconds(40) : null, null, null, null);
                case 2 -> new RequestCancelActivityTask("a" + n);
                case 3 -> new StartTimer(null, Timeout.ofSeconds(5 + r.nextInt(300)), "t" + n);
                case 4 -> new CancelTimer("t" + n);
                case 5 -> new RecordMarker("d", "m" + n);
                case 6 -> r.nextBoolean()
                        ? new SignalExternalWorkflowExecution(null, "s", null, "poke", "w" + r.nextInt(4))
                        : new RequestCancelExternalWorkflowExecution(null, null, "c" + n);
                case 7 -> new StartChildWorkflowExecution(ChildPolicy.values()[r.nextInt(3)], null,
                        r.nextBoolean() ? Timeout.ofSeconds(60 + r.nextInt(300)) : null, "kid", null, null, null, null,
                        null, "c" + n, FLOW);
                default -> new ScheduleLambdaFunction(null, "l" + n, "x", r.nextBoolean() ? "block" : "missing",
                        Timeout.ofSeconds(10 + r.nextInt(100)));
            };
        }

        private static Decision close(Random r) {
            return switch (r.nextInt(4)) {
                case 0 -> new CompleteWorkflowExecution("done");
                case 1 -> new FailWorkflowExecution("d", "why");
                case 2 -> new CancelWorkflowExecution("d");
                default -> new ContinueAsNewWorkflowExecution(null, null, "next", r.nextBoolean() ? "role" : null, null,
                        null, null, null, null);
            };
        }

        private void answer(Random r) {
            if (activityTokens.isEmpty()) {
                return;
            }
            String key = pick(activityTokens, r);
            String token = activityTokens.get(key);
            switch (r.nextInt(5)) {
                case 0 -> swf.recordActivityTaskHeartbeat(new RecordActivityTaskHeartbeatRequest("beat" + r.nextInt(9), token));
                case 1 -> swf.respondActivityTaskFailed(RespondActivityTaskFailedRequest.builder().taskToken(token)
                        .reason("no").build());
                case 2 -> swf.respondActivityTaskCanceled(RespondActivityTaskCanceledRequest.builder().taskToken(token)
                        .build());
                default -> swf.respondActivityTaskCompleted(RespondActivityTaskCompletedRequest.builder().taskToken(token)
                        .result("ok").build());
            }
        }

        private void external(Random r) {
            String workflowId = (r.nextBoolean() ? "w" : "c") + r.nextInt(4);
            switch (r.nextInt(6)) {
                case 0 -> swf.terminateWorkflowExecution(TerminateWorkflowExecutionRequest.builder().domain(DOMAIN)
                        .workflowId(workflowId).build());
                case 1, 2 -> swf.requestCancelWorkflowExecution(new RequestCancelWorkflowExecutionRequest(DOMAIN, null,
                        workflowId));
                default -> swf.signalWorkflowExecution(SignalWorkflowExecutionRequest.builder().domain(DOMAIN)
                        .workflowId(workflowId).signalName("hello").input("i").build());
            }
        }

        private static String pick(TreeMap<String, String> tokens, Random r) {
            return new ArrayList<>(tokens.keySet()).get(r.nextInt(tokens.size()));
        }
    }

    /** Keeps every change in order, as a journal would read them back. */
    private static final class Recorder implements ChangeLog {
        private final List<Change> changes = new ArrayList<>();

        synchronized List<Change> snapshot() {
            return List.copyOf(changes);
        }

        @Override
        public void begin() {
        }

        @Override
        public synchronized void record(Change change) {
            changes.add(change);
        }

        @Override
        public synchronized void retract(Change change) {
            changes.remove(changes.lastIndexOf(change));
        }

        @Override
        public void end() {
        }
    }
}
