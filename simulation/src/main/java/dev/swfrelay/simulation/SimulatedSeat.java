package dev.swfrelay.simulation;

import dev.swfrelay.core.api.CountPendingActivityTasksRequest;
import dev.swfrelay.core.api.CountPendingDecisionTasksRequest;
import dev.swfrelay.core.api.GetWorkflowExecutionHistoryRequest;
import dev.swfrelay.core.api.PollForActivityTaskRequest;
import dev.swfrelay.core.api.PollForDecisionTaskRequest;
import dev.swfrelay.core.api.RespondActivityTaskCompletedRequest;
import dev.swfrelay.core.api.RespondActivityTaskFailedRequest;
import dev.swfrelay.core.api.RespondDecisionTaskCompletedRequest;
import dev.swfrelay.core.api.SwfService;
import dev.swfrelay.core.model.ActivityTask;
import dev.swfrelay.core.model.DecisionTask;
import dev.swfrelay.core.model.FaultType;
import dev.swfrelay.core.model.History;
import dev.swfrelay.core.model.HistoryEvent;
import dev.swfrelay.core.model.SwfFault;
import dev.swfrelay.core.model.TaskList;
import dev.swfrelay.core.model.WorkflowExecution;
import dev.swfrelay.core.model.decision.Decision;
import dev.swfrelay.emulator.engine.clock.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The simulated decider and workers: poll a list with tasks waiting, decide or run the handler,
 * answer, and do the faults the dice call for (crash holding a task, throw, answer late, lose
 * an answer and retry it, leave a list unpolled for a while).
 */
final class SimulatedSeat {

    private static final String IDENTITY = "simulation";
    private static final int MAX_JUMP_SECONDS = 600;
    private static final int MAX_GAP_SECONDS = 300;

    private final SimulationSetup setup;
    private final SwfService service;
    private final VirtualClock clock;
    private final SplittableRandom schedule;
    private final FaultDice dice;
    private final List<InvariantFailure> failures;
    private final SideEffects sideEffects = new SideEffects();
    /** The activity task lists polled, in the order the activities were given. */
    private final List<String> activityLists = new ArrayList<>();
    /** The same lists as values: the decision list first, then the activity lists (made once, asked every step). */
    private final List<TaskList> taskLists = new ArrayList<>();
    /** When a poller gap ends: index 0 for the decision list, 1 + i for activity list i. */
    private final Instant[] gapUntil;
    /** The SDKs' back-off after a throttled call, at most (standard retry mode caps it at 20 s). */
    private static final int MAX_BACK_OFF_SECONDS = 20;
    private final List<StaleAnswer> stale = new ArrayList<>();

    /**
     * An answer the harness will send again or late: it must be refused as UnknownResourceFault, unless
     * {@code mayLand} (a throttled answer the SDK sends again after its back-off: it lands, or is refused
     * when its task timed out meanwhile).
     */
    private record StaleAnswer(Instant due, String workflowId, String what, Runnable send, boolean mayLand) {
        StaleAnswer(Instant due, String workflowId, String what, Runnable send) {
            this(due, workflowId, what, send, false);
        }
    }

    SimulatedSeat(SimulationSetup setup, SwfService service, VirtualClock clock, SplittableRandom schedule,
            FaultDice dice, List<InvariantFailure> failures) {
        this.setup = setup;
        this.service = service;
        this.clock = clock;
        this.schedule = schedule;
        this.dice = dice;
        this.failures = failures;
        for (ActivityBinding binding : setup.activities()) {
            if (!activityLists.contains(binding.taskList())) {
                activityLists.add(binding.taskList());
            }
        }
        this.gapUntil = new Instant[activityLists.size() + 1];
        taskLists.add(new TaskList(setup.decisionTaskList()));
        activityLists.forEach(list -> taskLists.add(new TaskList(list)));
    }

    SideEffects sideEffects() {
        return sideEffects;
    }

    void collectEnabled(List<Runnable> enabled, Instant now) {
        for (StaleAnswer answer : stale) {
            if (!answer.due().isAfter(now)) {
                enabled.add(() -> {
                    stale.remove(answer);
                    sendStale(answer);
                });
            }
        }
        if (polled(0, now) && pending(true, taskLists.get(0)) > 0) {
            enabled.add(this::pollDecision);
        }
        for (int i = 0; i < activityLists.size(); i++) {
            int list = i;
            if (polled(i + 1, now) && pending(false, taskLists.get(i + 1)) > 0) {
                enabled.add(() -> pollActivity(list));
            }
        }
    }

    /** Whether someone polls list {@code gap} (see {@link #gapUntil}) at {@code now}. */
    private boolean polled(int gap, Instant now) {
        if (gapUntil[gap] != null && gapUntil[gap].isAfter(now)) {
            return false;
        }
        gapUntil[gap] = null;
        return true;
    }

    /** The earliest instant a stale answer falls due or a poller gap ends, after {@code now}; null if none. */
    Instant nextWake(Instant now) {
        Instant next = null;
        for (StaleAnswer answer : stale) {
            next = next == null || answer.due().isBefore(next) ? answer.due() : next;
        }
        for (Instant until : gapUntil) {
            if (until != null && until.isAfter(now) && (next == null || until.isBefore(next))) {
                next = until;
            }
        }
        return next;
    }

    /** The clock jumps forward by up to ten minutes, firing what falls due. */
    void jump() {
        clock.advance(Duration.ofSeconds(1 + schedule.nextInt(MAX_JUMP_SECONDS)));
    }

    List<HistoryEvent> history(WorkflowExecution execution) {
        List<HistoryEvent> events = new ArrayList<>();
        GetWorkflowExecutionHistoryRequest request = GetWorkflowExecutionHistoryRequest.builder()
                .domain(SimulationSetup.DOMAIN).execution(execution).build();
        History page = service.getWorkflowExecutionHistory(request);
        events.addAll(page.events());
        while (page.nextPageToken() != null) {
            page = service.getWorkflowExecutionHistory(request.toBuilder().nextPageToken(page.nextPageToken()).build());
            events.addAll(page.events());
        }
        return events;
    }

    private int pending(boolean decisions, TaskList taskList) {
        return decisions
                ? service.countPendingDecisionTasks(CountPendingDecisionTasksRequest.builder()
                        .domain(SimulationSetup.DOMAIN).taskList(taskList).build()).count()
                : service.countPendingActivityTasks(CountPendingActivityTasksRequest.builder()
                        .domain(SimulationSetup.DOMAIN).taskList(taskList).build()).count();
    }

    private boolean gap(int gap, String list) {
        Instant now = clock.now();
        if (dice.fire(FaultKind.POLLER_GAP, now, "no poller on " + list)) {
            gapUntil[gap] = now.plusSeconds(1 + schedule.nextInt(MAX_GAP_SECONDS));
            return true;
        }
        return false;
    }

    private void pollDecision() {
        if (gap(0, setup.decisionTaskList())) {
            return;
        }
        DecisionTask task = service.pollForDecisionTask(PollForDecisionTaskRequest.builder()
                .domain(SimulationSetup.DOMAIN).taskList(taskLists.get(0)).identity(IDENTITY).build()).join();
        if (task.taskToken() == null) {
            return;
        }
        String workflowId = task.workflowExecution().workflowId();
        List<Decision> decisions;
        try {
            decisions = setup.decider().decide(task);
        } catch (RuntimeException e) {
            failures.add(new InvariantFailure(BuiltInInvariants.DECIDER_ANSWERS, workflowId, "the decider threw " + e));
            return;
        }
        Instant now = clock.now();
        Runnable answer = () -> service.respondDecisionTaskCompleted(RespondDecisionTaskCompletedRequest.builder()
                .taskToken(task.taskToken()).decisions(decisions).build());
        if (throttled(now, "decisions of " + workflowId, workflowId, answer)) {
            return;
        }
        if (dice.fire(FaultKind.DECISION_TIMEOUT, now, "decision task of " + workflowId)) {
            stale.add(new StaleAnswer(now.plus(setup.workload().decisionTaskTimeout()).plusSeconds(1), workflowId,
                    "a decision answered after its task timed out", answer));
            return;
        }
        try {
            answer.run();
        } catch (SwfFault f) {
            if (f.type() != FaultType.UnknownResourceFault) {
                failures.add(new InvariantFailure(BuiltInInvariants.DECIDER_ANSWERS, workflowId,
                        "SWF refused the decisions: " + f.type() + ": " + f.getMessage()));
            }
        }
    }

    private void pollActivity(int list) {
        if (gap(list + 1, activityLists.get(list))) {
            return;
        }
        ActivityTask task = service.pollForActivityTask(PollForActivityTaskRequest.builder()
                .domain(SimulationSetup.DOMAIN).taskList(taskLists.get(list + 1)).identity(IDENTITY).build()).join();
        if (task.taskToken() == null) {
            return;
        }
        Instant now = clock.now();
        String workflowId = task.workflowExecution().workflowId();
        String where = task.activityType().name() + " " + task.activityId() + " of " + workflowId;
        if (dice.fire(FaultKind.WORKER_CRASH, now, where)) {
            return;
        }
        if (dice.fire(FaultKind.HANDLER_THROWS, now, where)) {
            fail(task.taskToken(), "SimulatedFault", "the handler threw (injected by the simulation)");
            return;
        }
        ActivityBinding binding = setup.activity(task.activityType().name(), task.activityType().version());
        if (binding == null) {
            fail(task.taskToken(), "NoHandler", "the simulation has no handler for " + task.activityType());
            return;
        }
        ActivityCall call = new ActivityCall(workflowId, task.activityId(), task.activityType().name(), task.input());
        String result;
        try {
            result = binding.handler().run(call);
        } catch (Exception e) {
            fail(task.taskToken(), e.getClass().getSimpleName(), String.valueOf(e.getMessage()));
            return;
        }
        sideEffects.record(workflowId, task.activityType().name(), call.declaredIdempotencyKey());
        if (dice.fire(FaultKind.CLOCK_JUMP, now, "while " + where + " ran")) {
            jump();
        }
        Runnable answer = () -> service.respondActivityTaskCompleted(RespondActivityTaskCompletedRequest.builder()
                .taskToken(task.taskToken()).result(result).build());
        if (throttled(clock.now(), "completion of " + where, workflowId, answer)) {
            return;
        }
        try {
            answer.run();
        } catch (SwfFault timedOutMeanwhile) {
            return;
        }
        if (dice.fire(FaultKind.ANSWER_LOST, clock.now(), where)) {
            stale.add(new StaleAnswer(clock.now(), workflowId, "a completion sent again after its answer was lost", answer));
        }
    }

    private void fail(String token, String reason, String details) {
        try {
            service.respondActivityTaskFailed(RespondActivityTaskFailedRequest.builder()
                    .taskToken(token).reason(reason).details(details).build());
        } catch (SwfFault timedOutMeanwhile) {
            // the task timed out while the handler ran: SWF refuses the answer, as it should
        }
    }

    /**
     * SWF throttles the answer ({@code ThrottlingException}, nothing applied): the SDK sends it again after its
     * back-off, up to {@link #MAX_BACK_OFF_SECONDS} later, when it lands or meets a task that timed out meanwhile.
     */
    private boolean throttled(Instant now, String what, String workflowId, Runnable answer) {
        if (!dice.fire(FaultKind.THROTTLING, now, what)) {
            return false;
        }
        stale.add(new StaleAnswer(now.plusSeconds(1 + schedule.nextInt(MAX_BACK_OFF_SECONDS)), workflowId,
                "the " + what + " sent again after it was throttled", answer, true));
        return true;
    }

    private void sendStale(StaleAnswer answer) {
        try {
            answer.send().run();
        } catch (SwfFault f) {
            if (f.type() == FaultType.UnknownResourceFault) {
                return;
            }
            failures.add(new InvariantFailure(BuiltInInvariants.STALE_ANSWER_REFUSED, answer.workflowId(),
                    answer.what() + " got " + f.type() + " instead of UnknownResourceFault"));
            return;
        }
        if (!answer.mayLand()) {
            failures.add(new InvariantFailure(BuiltInInvariants.STALE_ANSWER_REFUSED, answer.workflowId(),
                    answer.what() + " was accepted"));
        }
    }
}
