package dev.swfrelay.emulator.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.swfrelay.core.api.*;
import dev.swfrelay.core.model.*;
import dev.swfrelay.core.model.decision.Decision;
import dev.swfrelay.core.model.decision.ScheduleActivityTask;
import dev.swfrelay.emulator.SwfEmulator;
import dev.swfrelay.emulator.engine.clock.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A frozen-clock emulator with a registered domain, one workflow type and one activity type,
 * and short-hands for the calls tests make. Polls hold for 200 ms of real time.
 */
public class EngineFixture implements AutoCloseable {

    public static final Instant T0 = Instant.parse("2015-01-01T12:00:00Z");
    public static final String DOMAIN = "test-domain";
    public static final WorkflowType WORKFLOW = new WorkflowType("flow", "1");
    public static final ActivityType ACTIVITY = new ActivityType("step", "1");
    public static final TaskList DECISIONS = new TaskList("decisions");
    public static final TaskList ACTIVITIES = new TaskList("activities");

    public final VirtualClock clock = VirtualClock.frozenAt(T0);
    public final SwfEmulator emulator;
    public final SwfService swf;

    public EngineFixture() {
        this(Limits.swf());
    }

    public EngineFixture(Limits limits) {
        this(builder -> builder.limits(limits));
    }

    /** A fixture whose emulator {@code setup} configures further (Lambda functions, limits). */
    public EngineFixture(java.util.function.UnaryOperator<SwfEmulator.Builder> setup) {
        emulator = setup.apply(SwfEmulator.builder().clock(clock).pollHold(Duration.ofMillis(200))).build();
        swf = emulator.service();
        swf.registerDomain(RegisterDomainRequest.builder().name(DOMAIN).workflowExecutionRetentionPeriodInDays("1").build());
        swf.registerWorkflowType(RegisterWorkflowTypeRequest.builder().domain(DOMAIN).name(WORKFLOW.name())
                .version(WORKFLOW.version()).defaultTaskList(DECISIONS).defaultChildPolicy(ChildPolicy.TERMINATE)
                .defaultExecutionStartToCloseTimeout(Timeout.ofSeconds(3600))
                .defaultTaskStartToCloseTimeout(Timeout.ofSeconds(30)).build());
        swf.registerActivityType(RegisterActivityTypeRequest.builder().domain(DOMAIN).name(ACTIVITY.name())
                .version(ACTIVITY.version()).defaultTaskList(ACTIVITIES)
                .defaultTaskScheduleToCloseTimeout(Timeout.ofSeconds(600))
                .defaultTaskScheduleToStartTimeout(Timeout.ofSeconds(300))
                .defaultTaskStartToCloseTimeout(Timeout.ofSeconds(120))
                .defaultTaskHeartbeatTimeout(Timeout.NONE).build());
    }

    public WorkflowExecution start(String workflowId) {
        return start(StartWorkflowExecutionRequest.builder().domain(DOMAIN).workflowId(workflowId).workflowType(WORKFLOW)
                .input("in-" + workflowId).build());
    }

    public WorkflowExecution start(StartWorkflowExecutionRequest request) {
        Run run = swf.startWorkflowExecution(request);
        return new WorkflowExecution(run.runId(), request.workflowId());
    }

    public DecisionTask pollDecision() {
        return pollDecision(PollForDecisionTaskRequest.builder().domain(DOMAIN).taskList(DECISIONS).identity("decider"));
    }

    public DecisionTask pollDecision(PollForDecisionTaskRequest.Builder request) {
        return await(swf.pollForDecisionTask(request.build()));
    }

    /** Signals {@code run} so that a decision task is scheduled, and polls it; returns its token. */
    public String pollDecisionAfterSignal(WorkflowExecution run) {
        swf.signalWorkflowExecution(SignalWorkflowExecutionRequest.builder().domain(DOMAIN).workflowId(run.workflowId())
                .signalName("wake").build());
        return pollDecision().taskToken();
    }

    /** Signals {@code run}, which schedules a decision task, without polling it. */
    public void pollDecisionAfterSignalNoPoll(WorkflowExecution run) {
        swf.signalWorkflowExecution(SignalWorkflowExecutionRequest.builder().domain(DOMAIN).workflowId(run.workflowId())
                .signalName("wake").build());
    }

    public ActivityTask pollActivity() {
        return pollActivity(ACTIVITIES);
    }

    /** Polls once; null when the poll's hold passed without a task. */
    public ActivityTask pollActivityOrNull() {
        ActivityTask task = pollActivity();
        return task.taskToken() == null ? null : task;
    }

    public ActivityTask pollActivity(TaskList list) {
        return await(swf.pollForActivityTask(PollForActivityTaskRequest.builder().domain(DOMAIN).taskList(list)
                .identity("worker").build()));
    }

    public void decide(String token, Decision... decisions) {
        swf.respondDecisionTaskCompleted(RespondDecisionTaskCompletedRequest.builder().taskToken(token)
                .decisions(List.of(decisions)).build());
    }

    public static ScheduleActivityTask activity(String id) {
        return ScheduleActivityTask.builder().activityId(id).activityType(ACTIVITY).input("input-" + id).build();
    }

    public void completeActivity(String token, String result) {
        swf.respondActivityTaskCompleted(RespondActivityTaskCompletedRequest.builder().taskToken(token).result(result).build());
    }

    public List<HistoryEvent> history(WorkflowExecution execution) {
        return swf.getWorkflowExecutionHistory(GetWorkflowExecutionHistoryRequest.builder().domain(DOMAIN)
                .execution(execution).build()).events();
    }

    public List<EventType> types(WorkflowExecution execution) {
        return history(execution).stream().map(HistoryEvent::eventType).collect(Collectors.toList());
    }

    public HistoryEvent event(WorkflowExecution execution, long eventId) {
        HistoryEvent event = history(execution).get((int) eventId - 1);
        assertThat(event.eventId()).isEqualTo(eventId);
        return event;
    }

    public HistoryEvent last(WorkflowExecution execution) {
        List<HistoryEvent> events = history(execution);
        return events.get(events.size() - 1);
    }

    public WorkflowExecutionDetail describe(WorkflowExecution execution) {
        return swf.describeWorkflowExecution(DescribeWorkflowExecutionRequest.builder().domain(DOMAIN)
                .execution(execution).build());
    }

    public static <T> T await(java.util.concurrent.CompletableFuture<T> future) {
        try {
            return future.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        emulator.close();
    }
}
