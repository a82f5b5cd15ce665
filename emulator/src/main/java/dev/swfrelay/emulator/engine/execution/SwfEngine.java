package dev.swfrelay.emulator.engine.execution;

import dev.swfrelay.emulator.engine.run.Execution;
import dev.swfrelay.emulator.engine.run.RunView;
import dev.swfrelay.emulator.engine.visibility.Visibility;
import dev.swfrelay.emulator.engine.task.Priorities;
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
import dev.swfrelay.emulator.engine.registry.DomainRegistry;
import dev.swfrelay.emulator.engine.registry.TypeRegistry;
import dev.swfrelay.emulator.engine.throttle.SwfQuotas.Api;
import dev.swfrelay.emulator.engine.throttle.Throttle;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;

/**
 * SWF in memory for one region: every operation of {@link SwfService}, routed to the class
 * that owns its family, each first taking a token of its API's bucket when throttling is on. After each operation that changes state the clock is nudged, so a
 * frozen clock fires what is due and auto-advance can move on, and closed runs past retention are forgotten.
 */
public final class SwfEngine implements SwfService, Quiescence {

    private final VirtualClock clock;
    private final DomainRegistry domains;
    private final TypeRegistry types;
    private final EngineParts parts;
    private final DecisionTasks decisionTasks;
    private final ActivityTasks activityTasks;
    private final TimerDecisions timers;
    private final LambdaTasks lambdaTasks;
    private final ExecutionCloser closer;
    private final TaskOperations tasks;
    private final ExecutionCommands commands;
    private final Visibility visibility;
    private final RegistryChanges registry;
    private final TaskAddresses taskAddresses;
    private final Throttle throttle;

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
        this.clock = clock;
        this.domains = new DomainRegistry(settings);
        this.registry = new RegistryChanges(domains, clock, settings, changes);
        this.types = registry.types();
        this.parts = new EngineParts(clock, settings, domains, pollTimer, changes, observer, rehearsal);
        this.decisionTasks = new DecisionTasks(parts);
        this.activityTasks = new ActivityTasks(parts);
        this.timers = new TimerDecisions(parts);
        this.lambdaTasks = new LambdaTasks(parts);
        this.closer = new ExecutionCloser(parts, lambdaTasks);
        parts.settleWith(decisionTasks::schedule, closer::terminateForEventLimit);
        ExecutionStarter starter = new ExecutionStarter(parts, closer);
        DecisionResponder responder = new DecisionResponder(parts, new ActivityDecisions(parts, activityTasks), timers,
                new CloseDecisions(parts, closer, starter),
                new ExternalDecisions(parts, closer, new ChildDecisions(parts, starter)), lambdaTasks);
        this.tasks = new TaskOperations(parts, responder, activityTasks);
        this.commands = new ExecutionCommands(parts, starter, closer);
        this.throttle = parts.throttle;
        this.taskAddresses = new TaskAddresses(parts.store, clock);
        this.visibility = new Visibility(domains, parts.store, clock, settings.limits().maxPageSize(), throttle);
        clock.register(this);
    }

    /**
     * Rebuilds the state {@code changes} describe (as this engine's change log was told them, in
     * order) into this fresh engine: registry, runs and histories, open tasks back on their lists,
     * timeouts and timers armed at their original deadlines. Nothing is told to the change log.
     */
    public void restore(List<Change> changes) {
        new EngineRestorer(parts, registry, decisionTasks, activityTasks, timers, lambdaTasks, closer, this::forgetAll)
                .restore(changes);
        clock.nudge();
    }

    @Override
    public boolean isIdle() {
        return parts.idle() && lambdaTasks.idle();
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
        return taskAddresses.of(taskToken);
    }

    /** Empties every domain, type, run and task list. */
    public void reset() {
        releaseParkedPolls();
        forgetAll();
        throttle.refill();
        parts.changes.record(new StateReset());
    }

    private void forgetAll() {
        domains.clear();
        parts.clear();
        lambdaTasks.clear();
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
        releaseParkedPolls();
        parts.clear();
        lambdaTasks.clear();
        lambdaTasks.shutdown();
        clock.unregister(this);
    }

    private void releaseParkedPolls() {
        parts.taskLists.releaseParked(new DecisionTask(null, null, null, 0, null, null, null),
                new ActivityTask(null, null, null, 0, null, null));
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
        return tasks.pendingActivities(r);
    }

    @Override
    public PendingTaskCount countPendingDecisionTasks(CountPendingDecisionTasksRequest r) {
        throttle.admit(Api.COUNT_PENDING_DECISION_TASKS);
        return tasks.pendingDecisions(r);
    }

    @Override
    public void deleteActivityType(DeleteActivityTypeRequest r) {
        throttle.admit(Api.DELETE_ACTIVITY_TYPE);
        registry.change(r);
    }

    @Override
    public void deleteWorkflowType(DeleteWorkflowTypeRequest r) {
        throttle.admit(Api.DELETE_WORKFLOW_TYPE);
        registry.change(r);
    }

    @Override
    public void deprecateActivityType(DeprecateActivityTypeRequest r) {
        throttle.admit(Api.DEPRECATE_ACTIVITY_TYPE);
        registry.change(r);
    }

    @Override
    public void deprecateDomain(DeprecateDomainRequest r) {
        throttle.admit(Api.DEPRECATE_DOMAIN);
        registry.change(r);
    }

    @Override
    public void deprecateWorkflowType(DeprecateWorkflowTypeRequest r) {
        throttle.admit(Api.DEPRECATE_WORKFLOW_TYPE);
        registry.change(r);
    }

    @Override
    public ActivityTypeDetail describeActivityType(DescribeActivityTypeRequest r) {
        throttle.admit(Api.DESCRIBE_ACTIVITY_TYPE);
        return types.describeActivityType(r);
    }

    @Override
    public DomainDetail describeDomain(DescribeDomainRequest r) {
        throttle.admit(Api.DESCRIBE_DOMAIN);
        return domains.describe(r);
    }

    @Override
    public WorkflowExecutionDetail describeWorkflowExecution(DescribeWorkflowExecutionRequest r) {
        throttle.admit(Api.DESCRIBE_WORKFLOW_EXECUTION);
        return visibility.describe(r);
    }

    @Override
    public WorkflowTypeDetail describeWorkflowType(DescribeWorkflowTypeRequest r) {
        throttle.admit(Api.DESCRIBE_WORKFLOW_TYPE);
        return types.describeWorkflowType(r);
    }

    @Override
    public History getWorkflowExecutionHistory(GetWorkflowExecutionHistoryRequest r) {
        throttle.admit(Api.GET_WORKFLOW_EXECUTION_HISTORY);
        return visibility.history(r);
    }

    @Override
    public ActivityTypeInfos listActivityTypes(ListActivityTypesRequest r) {
        throttle.admit(Api.LIST_ACTIVITY_TYPES);
        return types.listActivityTypes(r);
    }

    @Override
    public WorkflowExecutionInfos listClosedWorkflowExecutions(ListClosedWorkflowExecutionsRequest r) {
        throttle.admit(Api.LIST_CLOSED_WORKFLOW_EXECUTIONS);
        return visibility.listClosed(r);
    }

    @Override
    public DomainInfos listDomains(ListDomainsRequest r) {
        throttle.admit(Api.LIST_DOMAINS);
        return domains.list(r);
    }

    @Override
    public WorkflowExecutionInfos listOpenWorkflowExecutions(ListOpenWorkflowExecutionsRequest r) {
        throttle.admit(Api.LIST_OPEN_WORKFLOW_EXECUTIONS);
        return visibility.listOpen(r);
    }

    @Override
    public ListTagsForResourceOutput listTagsForResource(ListTagsForResourceRequest r) {
        throttle.admit(Api.LIST_TAGS_FOR_RESOURCE);
        return domains.listTags(r);
    }

    @Override
    public WorkflowTypeInfos listWorkflowTypes(ListWorkflowTypesRequest r) {
        throttle.admit(Api.LIST_WORKFLOW_TYPES);
        return types.listWorkflowTypes(r);
    }

    @Override
    public CompletableFuture<ActivityTask> pollForActivityTask(PollForActivityTaskRequest r) {
        throttle.admit(Api.POLL_FOR_ACTIVITY_TASK);
        return changing(() -> tasks.pollForActivityTask(r));
    }

    @Override
    public CompletableFuture<DecisionTask> pollForDecisionTask(PollForDecisionTaskRequest r) {
        throttle.admit(Api.POLL_FOR_DECISION_TASK);
        return changing(() -> tasks.pollForDecisionTask(r));
    }

    @Override
    public ActivityTaskStatus recordActivityTaskHeartbeat(RecordActivityTaskHeartbeatRequest r) {
        throttle.admit(Api.RECORD_ACTIVITY_TASK_HEARTBEAT);
        return changing(() -> tasks.heartbeat(r));
    }

    @Override
    public void registerActivityType(RegisterActivityTypeRequest r) {
        throttle.admit(Api.REGISTER_ACTIVITY_TYPE);
        Priorities.parse(r.defaultTaskPriority(), "defaultTaskPriority");
        registry.change(r);
    }

    @Override
    public void registerDomain(RegisterDomainRequest r) {
        throttle.admit(Api.REGISTER_DOMAIN);
        registry.change(r);
    }

    @Override
    public void registerWorkflowType(RegisterWorkflowTypeRequest r) {
        throttle.admit(Api.REGISTER_WORKFLOW_TYPE);
        Priorities.parse(r.defaultTaskPriority(), "defaultTaskPriority");
        if (r.defaultExecutionStartToCloseTimeout() != null) {
            ExecutionStarter.checkExecutionTimeout(r.defaultExecutionStartToCloseTimeout(),
                    "defaultExecutionStartToCloseTimeout");
        }
        registry.change(r);
    }

    @Override
    public void requestCancelWorkflowExecution(RequestCancelWorkflowExecutionRequest r) {
        throttle.admit(Api.REQUEST_CANCEL_WORKFLOW_EXECUTION);
        changing(() -> commands.requestCancel(r));
    }

    @Override
    public void respondActivityTaskCanceled(RespondActivityTaskCanceledRequest r) {
        throttle.admit(Api.RESPOND_ACTIVITY_TASK_CANCELED);
        changing(() -> tasks.canceled(r));
    }

    @Override
    public void respondActivityTaskCompleted(RespondActivityTaskCompletedRequest r) {
        throttle.admit(Api.RESPOND_ACTIVITY_TASK_COMPLETED);
        changing(() -> tasks.completed(r));
    }

    @Override
    public void respondActivityTaskFailed(RespondActivityTaskFailedRequest r) {
        throttle.admit(Api.RESPOND_ACTIVITY_TASK_FAILED);
        changing(() -> tasks.failed(r));
    }

    @Override
    public void respondDecisionTaskCompleted(RespondDecisionTaskCompletedRequest r) {
        throttle.admit(Api.RESPOND_DECISION_TASK_COMPLETED);
        changing(() -> tasks.respondDecisionTaskCompleted(r));
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
    public void tagResource(TagResourceRequest r) {
        throttle.admit(Api.TAG_RESOURCE);
        registry.change(r);
    }

    @Override
    public void terminateWorkflowExecution(TerminateWorkflowExecutionRequest r) {
        throttle.admit(Api.TERMINATE_WORKFLOW_EXECUTION);
        changing(() -> commands.terminate(r));
    }

    @Override
    public void undeprecateActivityType(UndeprecateActivityTypeRequest r) {
        throttle.admit(Api.UNDEPRECATE_ACTIVITY_TYPE);
        registry.change(r);
    }

    @Override
    public void undeprecateDomain(UndeprecateDomainRequest r) {
        throttle.admit(Api.UNDEPRECATE_DOMAIN);
        registry.change(r);
    }

    @Override
    public void undeprecateWorkflowType(UndeprecateWorkflowTypeRequest r) {
        throttle.admit(Api.UNDEPRECATE_WORKFLOW_TYPE);
        registry.change(r);
    }

    @Override
    public void untagResource(UntagResourceRequest r) {
        throttle.admit(Api.UNTAG_RESOURCE);
        registry.change(r);
    }
}
