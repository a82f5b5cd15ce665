package dev.swfrelay.emulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.swfrelay.emulator.junit.SwfEmulatorTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.PollForActivityTaskResponse;
import software.amazon.awssdk.services.swf.model.ActivityType;
import software.amazon.awssdk.services.swf.model.Decision;
import software.amazon.awssdk.services.swf.model.PollForDecisionTaskResponse;
import software.amazon.awssdk.services.swf.model.DecisionType;
import software.amazon.awssdk.services.swf.model.EventType;
import software.amazon.awssdk.services.swf.model.ExecutionStatus;
import software.amazon.awssdk.services.swf.model.HistoryEvent;
import software.amazon.awssdk.services.swf.model.StartWorkflowExecutionResponse;
import software.amazon.awssdk.services.swf.model.TaskList;
import software.amazon.awssdk.services.swf.model.WorkflowExecution;
import software.amazon.awssdk.services.swf.model.WorkflowType;

/** The seed's A-then-B flow, every call through the AWS SDK v2 client over HTTP. */
@SwfEmulatorTest(pollHold = "PT2S")
class SeedFlowOverHttpTest {

    static final String DOMAIN = "seed";
    static final WorkflowType FLOW = WorkflowType.builder().name("a-then-b").version("1").build();
    static final ActivityType A = ActivityType.builder().name("script-a").version("1").build();
    static final ActivityType B = ActivityType.builder().name("script-b").version("1").build();

    static void register(SwfClient swf) {
        swf.registerDomain(r -> r.name(DOMAIN).workflowExecutionRetentionPeriodInDays("1"));
        swf.registerWorkflowType(r -> r.domain(DOMAIN).name(FLOW.name()).version(FLOW.version())
                .defaultTaskList(t -> t.name("decisions")).defaultChildPolicy("TERMINATE")
                .defaultExecutionStartToCloseTimeout("3600").defaultTaskStartToCloseTimeout("30"));
        for (ActivityType type : List.of(A, B)) {
            swf.registerActivityType(r -> r.domain(DOMAIN).name(type.name()).version(type.version())
                    .defaultTaskHeartbeatTimeout("NONE").defaultTaskScheduleToCloseTimeout("600")
                    .defaultTaskScheduleToStartTimeout("300").defaultTaskStartToCloseTimeout("300"));
        }
    }

    /** One decider step of the A-then-B pipeline: A, then B with A's result, then complete. */
    static Decision decide(PollForDecisionTaskResponse task) {
        List<HistoryEvent> done = task.events().stream()
                .filter(e -> e.eventType() == EventType.ACTIVITY_TASK_COMPLETED).toList();
        if (done.isEmpty()) {
            return schedule("a", A, "a_tasks", "job-input");
        }
        if (done.size() == 1) {
            return schedule("b", B, "b_tasks", done.get(0).activityTaskCompletedEventAttributes().result());
        }
        return Decision.builder().decisionType(DecisionType.COMPLETE_WORKFLOW_EXECUTION)
                .completeWorkflowExecutionDecisionAttributes(c -> c.result(done.get(1).activityTaskCompletedEventAttributes().result()))
                .build();
    }

    static Decision schedule(String id, ActivityType type, String taskList, String input) {
        return Decision.builder().decisionType(DecisionType.SCHEDULE_ACTIVITY_TASK)
                .scheduleActivityTaskDecisionAttributes(s -> s.activityId(id).activityType(type)
                        .taskList(t -> t.name(taskList)).input(input))
                .build();
    }

    static StartWorkflowExecutionResponse start(SwfClient swf, String workflowId) {
        return swf.startWorkflowExecution(r -> r.domain(DOMAIN).workflowId(workflowId).workflowType(FLOW).input("job-input"));
    }

    static void decideOnce(SwfClient swf) {
        PollForDecisionTaskResponse task = swf.pollForDecisionTask(r -> r.domain(DOMAIN).taskList(t -> t.name("decisions")).identity("decider"));
        assertThat(task.taskToken()).as("a decision task").isNotNull();
        swf.respondDecisionTaskCompleted(r -> r.taskToken(task.taskToken()).decisions(decide(task)));
    }

    static void work(SwfClient swf, String taskList, String suffix) {
        PollForActivityTaskResponse task = swf.pollForActivityTask(r -> r.domain(DOMAIN).taskList(TaskList.builder().name(taskList).build()).identity("server-" + taskList));
        assertThat(task.taskToken()).as("an activity task on " + taskList).isNotNull();
        swf.respondActivityTaskCompleted(r -> r.taskToken(task.taskToken()).result(task.input() + suffix));
    }

    @Test
    void aThenBRunsToCompletionOverHttp(SwfClient swf) {
        register(swf);
        StartWorkflowExecutionResponse run = start(swf, "job-1");

        decideOnce(swf);
        work(swf, "a_tasks", "+A");
        decideOnce(swf);
        work(swf, "b_tasks", "+B");
        decideOnce(swf);

        WorkflowExecution execution = WorkflowExecution.builder().workflowId("job-1").runId(run.runId()).build();
        List<HistoryEvent> history = swf.getWorkflowExecutionHistory(r -> r.domain(DOMAIN).execution(execution)).events();
        assertThat(history).extracting(HistoryEvent::eventType).containsExactly(
                EventType.WORKFLOW_EXECUTION_STARTED, EventType.DECISION_TASK_SCHEDULED, EventType.DECISION_TASK_STARTED,
                EventType.DECISION_TASK_COMPLETED, EventType.ACTIVITY_TASK_SCHEDULED, EventType.ACTIVITY_TASK_STARTED,
                EventType.ACTIVITY_TASK_COMPLETED, EventType.DECISION_TASK_SCHEDULED, EventType.DECISION_TASK_STARTED,
                EventType.DECISION_TASK_COMPLETED, EventType.ACTIVITY_TASK_SCHEDULED, EventType.ACTIVITY_TASK_STARTED,
                EventType.ACTIVITY_TASK_COMPLETED, EventType.DECISION_TASK_SCHEDULED, EventType.DECISION_TASK_STARTED,
                EventType.DECISION_TASK_COMPLETED, EventType.WORKFLOW_EXECUTION_COMPLETED);
        assertThat(history.get(history.size() - 1).workflowExecutionCompletedEventAttributes().result())
                .isEqualTo("job-input+A+B");
        assertThat(history).extracting(HistoryEvent::eventId).containsExactly(
                1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L, 16L, 17L);
        assertThat(history.get(0).eventTimestamp()).isNotNull();
        assertThat(swf.describeWorkflowExecution(r -> r.domain(DOMAIN).execution(execution)).executionInfo().executionStatus())
                .isEqualTo(ExecutionStatus.CLOSED);
        for (String list : List.of("a_tasks", "b_tasks")) {
            assertThat(swf.countPendingActivityTasks(r -> r.domain(DOMAIN).taskList(t -> t.name(list))).count()).isZero();
        }
        assertThat(swf.countPendingDecisionTasks(r -> r.domain(DOMAIN).taskList(t -> t.name("decisions"))).count()).isZero();
    }

    @Test
    void anEmptyPollAnswersWithoutATaskAfterTheHold(SwfClient swf) {
        register(swf);
        PollForDecisionTaskResponse none = swf.pollForDecisionTask(r -> r.domain(DOMAIN).taskList(t -> t.name("idle")));
        PollForActivityTaskResponse noWork = swf.pollForActivityTask(r -> r.domain(DOMAIN).taskList(t -> t.name("idle")));
        assertThat(none.taskToken()).isNull();
        assertThat(none.hasEvents()).isFalse();
        assertThat(noWork.taskToken()).isNull();
        assertThat(noWork.activityId()).isNull();
    }
}
