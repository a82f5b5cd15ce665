package dev.swfrelay.emulator.engine.facade;

import dev.swfrelay.emulator.engine.activity.ActivityOperations;
import dev.swfrelay.emulator.engine.decision.DecisionOperations;
import dev.swfrelay.emulator.engine.run.ExecutionCommands;
import dev.swfrelay.emulator.engine.run.state.Execution;
import dev.swfrelay.emulator.engine.run.state.RunView;
import dev.swfrelay.emulator.engine.shared.EngineParts;
import dev.swfrelay.emulator.engine.visibility.Visibility;
import dev.swfrelay.core.api.*;
import dev.swfrelay.core.model.*;
import dev.swfrelay.emulator.engine.EngineSettings;
import dev.swfrelay.emulator.engine.RehearsalObserver;
import dev.swfrelay.emulator.engine.TaskAddress;
import dev.swfrelay.emulator.engine.TaskListView;
import dev.swfrelay.emulator.engine.change.Change;
import dev.swfrelay.emulator.engine.change.ChangeLog;
import dev.swfrelay.emulator.engine.change.HistoryObserver;
import dev.swfrelay.emulator.engine.change.StateReset;
import dev.swfrelay.emulator.engine.clock.Quiescence;
import dev.swfrelay.emulator.engine.clock.VirtualClock;
import dev.swfrelay.emulator.engine.throttle.SwfQuotas.Api;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;

/**
 * SWF in memory for one region: every operation of {@link SwfService}, routed to the package of
 * the SWF entity it acts on (the registry's in {@link RegistryOperations}; decision tasks to
 * {@code decision.DecisionOperations}, activity tasks to {@code activity.ActivityOperations},
 * runs to {@code run.ExecutionCommands}, listings to {@code visibility.Visibility}), each first
 * taking a token of its API's bucket when throttling is on. The services are wired once in
 * {@link EngineServices}. After each operation that changes state the clock is nudged, so a
 * frozen clock fires what is due and auto-advance can move on, and closed runs past retention are forgotten.
 */
public final class SwfEngine extends RegistryOperations implements Quiescence {

    private final VirtualClock clock;
    private final EngineServices services;
    private final EngineParts parts;
    private final DecisionOperations decisions;
    private final ActivityOperations activities;
    private final ExecutionCommands commands;
    private final Visibility visibility;

    public SwfEngine(VirtualClock clock, EngineSettings settings, ScheduledExecutorService pollTimer) {
        this(clock, settings, pollTimer, ChangeLog.NONE);
    }

    /** An engine that tells {@code changes} every state change it makes (see {@link #restore}). */
    public SwfEngine(VirtualClock clock, EngineSettings settings, ScheduledExecutorService pollTimer, ChangeLog changes) {
        this(clock, settings, pollTimer, changes, HistoryObserver.NONE);
    }

    /** As above, and {@code observer} is told every event a run appends live (the server's metrics). */
    public SwfEngine(VirtualClock clock, EngineSettings settings, ScheduledExecutorService pollTimer, ChangeLog changes,
                     HistoryObserver observer) {
        this(clock, settings, pollTimer, changes, observer, RehearsalObserver.NONE);
    }

    /** As above, {@code rehearsal} told of every call and decision metered by throttling. */
    public SwfEngine(VirtualClock clock, EngineSettings settings, ScheduledExecutorService pollTimer, ChangeLog changes,
                     HistoryObserver observer, RehearsalObserver rehearsal) {
        this(clock, new EngineServices(clock, settings, pollTimer, changes, observer, rehearsal));
    }

    private SwfEngine(VirtualClock clock, EngineServices services) {
        super(services.parts.throttle, services.domains, services.registry);
        this.clock = clock;
        this.services = services;
        this.parts = services.parts;
        this.decisions = services.decisions;
        this.activities = services.activities;
        this.commands = services.commands;
        this.visibility = services.visibility;
        clock.register(this);
    }

    /**
     * Rebuilds the state {@code changes} describe (as this engine's change log was told them, in
     * order) into this fresh engine: registry, runs and histories, open tasks back on their lists,
     * timeouts and timers armed at their original deadlines. Nothing is told to the change log.
     */
    public void restore(List<Change> changes) {
        services.restorer(services::forgetAll).restore(changes);
        clock.nudge();
    }

    @Override
    public boolean isIdle() {
        return services.idle();
    }

    /** The task lists of {@code domain} as they are now: pending tasks, parked polls, last polls (for the console). */
    public List<TaskListView> taskLists(String domain) {
        return parts.taskLists.views(domain);
    }

    /** The task lists of every domain, by domain name. */
    public java.util.Map<String, List<TaskListView>> taskLists() {
        return parts.taskLists.viewsByDomain();
    }

    /**
     * Every retained run of {@code domain} as a read-only view of its state, by run id: what a
     * restore must rebuild exactly (the fold's property test compares them).
     */
    public List<RunView> runViews(String domain) {
        return parts.store.all(domain, clock.now()).stream().map(Execution::view)
                .sorted(java.util.Comparator.comparing(v -> v.id().runId())).toList();
    }

    /** Where the task {@code taskToken} names lives (for fault rules); empty when this engine never issued it. */
    public Optional<TaskAddress> taskAddress(String taskToken) {
        return services.taskAddresses.of(taskToken);
    }

    /** Empties every domain, type, run and task list. */
    public void reset() {
        services.releaseParkedPolls();
        services.forgetAll();
        throttle.refill();
        parts.changes.record(new StateReset());
    }

    /**
     * Forgets the closed runs whose domain's retention period has passed on the engine's clock (reads
     * forget them too, before they look); returns how many. Call it when the clock has moved.
     */
    public int forgetExpired() {
        return parts.store.forgetExpired(clock.now());
    }

    /** Answers parked polls empty and leaves the clock. */
    public void shutdown() {
        services.shutdown();
        clock.unregister(this);
    }

    private <T> T changing(Supplier<T> operation) {
        try {
            return operation.get();
        } finally {
            afterChange();
        }
    }

    private void changing(Runnable operation) {
        try {
            operation.run();
        } finally {
            afterChange();
        }
    }

    /** Nudges the clock, and forgets runs past retention (so a server only written to does not keep them). */
    private void afterChange() {
        clock.nudge();
        parts.store.forgetExpired(clock.now());
    }

    @Override
    public WorkflowExecutionCount countClosedWorkflowExecutions(CountClosedWorkflowExecutionsRequest r) {
        throttle.admit(Api.COUNT_CLOSED_WORKFLOW_EXECUTIONS);
        return visibility.countClosed(r);
    }

    @Override
    public WorkflowExecutionCount countOpenWorkflowExecutions(CountOpenWorkflowExecutionsRequest r) {
        throttle.admit(Api.COUNT_OPEN_WORKFLOW_EXECUTIONS);
        return visibility.countOpen(r);
    }

    @Override
    public PendingTaskCount countPendingActivityTasks(CountPendingActivityTasksRequest r) {
        throttle.admit(Api.COUNT_PENDING_ACTIVITY_TASKS);
        return activities.pendingActivities(r);
    }

    @Override
    public PendingTaskCount countPendingDecisionTasks(CountPendingDecisionTasksRequest r) {
        throttle.admit(Api.COUNT_PENDING_DECISION_TASKS);
        return decisions.pendingDecisions(r);
    }

    @Override
    public WorkflowExecutionDetail describeWorkflowExecution(DescribeWorkflowExecutionRequest r) {
        throttle.admit(Api.DESCRIBE_WORKFLOW_EXECUTION);
        return visibility.describe(r);
    }

    @Override
    public History getWorkflowExecutionHistory(GetWorkflowExecutionHistoryRequest r) {
        throttle.admit(Api.GET_WORKFLOW_EXECUTION_HISTORY);
        return visibility.history(r);
    }

    @Override
    public WorkflowExecutionInfos listClosedWorkflowExecutions(ListClosedWorkflowExecutionsRequest r) {
        throttle.admit(Api.LIST_CLOSED_WORKFLOW_EXECUTIONS);
        return visibility.listClosed(r);
    }

    @Override
    public WorkflowExecutionInfos listOpenWorkflowExecutions(ListOpenWorkflowExecutionsRequest r) {
        throttle.admit(Api.LIST_OPEN_WORKFLOW_EXECUTIONS);
        return visibility.listOpen(r);
    }

    @Override
    public CompletableFuture<ActivityTask> pollForActivityTask(PollForActivityTaskRequest r) {
        throttle.admit(Api.POLL_FOR_ACTIVITY_TASK);
        return changing(() -> activities.pollForActivityTask(r));
    }

    @Override
    public CompletableFuture<DecisionTask> pollForDecisionTask(PollForDecisionTaskRequest r) {
        throttle.admit(Api.POLL_FOR_DECISION_TASK);
        return changing(() -> decisions.pollForDecisionTask(r));
    }

    @Override
    public ActivityTaskStatus recordActivityTaskHeartbeat(RecordActivityTaskHeartbeatRequest r) {
        throttle.admit(Api.RECORD_ACTIVITY_TASK_HEARTBEAT);
        return changing(() -> activities.heartbeat(r));
    }

    @Override
    public void requestCancelWorkflowExecution(RequestCancelWorkflowExecutionRequest r) {
        throttle.admit(Api.REQUEST_CANCEL_WORKFLOW_EXECUTION);
        changing(() -> commands.requestCancel(r));
    }

    @Override
    public void respondActivityTaskCanceled(RespondActivityTaskCanceledRequest r) {
        throttle.admit(Api.RESPOND_ACTIVITY_TASK_CANCELED);
        changing(() -> activities.canceled(r));
    }

    @Override
    public void respondActivityTaskCompleted(RespondActivityTaskCompletedRequest r) {
        throttle.admit(Api.RESPOND_ACTIVITY_TASK_COMPLETED);
        changing(() -> activities.completed(r));
    }

    @Override
    public void respondActivityTaskFailed(RespondActivityTaskFailedRequest r) {
        throttle.admit(Api.RESPOND_ACTIVITY_TASK_FAILED);
        changing(() -> activities.failed(r));
    }

    @Override
    public void respondDecisionTaskCompleted(RespondDecisionTaskCompletedRequest r) {
        throttle.admit(Api.RESPOND_DECISION_TASK_COMPLETED);
        changing(() -> decisions.respondDecisionTaskCompleted(r));
    }

    @Override
    public void signalWorkflowExecution(SignalWorkflowExecutionRequest r) {
        throttle.admit(Api.SIGNAL_WORKFLOW_EXECUTION);
        changing(() -> commands.signal(r));
    }

    @Override
    public Run startWorkflowExecution(StartWorkflowExecutionRequest r) {
        throttle.admit(Api.START_WORKFLOW_EXECUTION);
        return changing(() -> commands.start(r));
    }

    @Override
    public void terminateWorkflowExecution(TerminateWorkflowExecutionRequest r) {
        throttle.admit(Api.TERMINATE_WORKFLOW_EXECUTION);
        changing(() -> commands.terminate(r));
    }
}
