package dev.swfrelay.testcontainers;

import java.util.List;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.PollForActivityTaskResponse;
import software.amazon.awssdk.services.swf.model.Decision;
import software.amazon.awssdk.services.swf.model.PollForDecisionTaskResponse;
import software.amazon.awssdk.services.swf.model.DecisionType;
import software.amazon.awssdk.services.swf.model.EventType;
import software.amazon.awssdk.services.swf.model.HistoryEvent;
import software.amazon.awssdk.services.swf.model.TaskList;

/**
 * The seed flow through raw SDK v2 calls: script A's task on {@code a_tasks}, then B's on
 * {@code b_tasks} with A's result, then the workflow completes. One thread plays decider and
 * both workers in turn, so every poll must find its task at once.
 */
final class AThenB {

    static final String DOMAIN = "ci";

    private final SwfClient swf;

    AThenB(SwfClient swf) {
        this.swf = swf;
    }

    void register() {
        swf.registerDomain(r -> r.name(DOMAIN).workflowExecutionRetentionPeriodInDays("1"));
        swf.registerWorkflowType(r -> r.domain(DOMAIN).name("a-then-b").version("1")
                .defaultTaskList(list("decisions")).defaultChildPolicy("TERMINATE")
                .defaultExecutionStartToCloseTimeout("86400").defaultTaskStartToCloseTimeout("60"));
        for (String name : List.of("script-a", "script-b")) {
            swf.registerActivityType(r -> r.domain(DOMAIN).name(name).version("1")
                    .defaultTaskHeartbeatTimeout("NONE").defaultTaskScheduleToStartTimeout("600")
                    .defaultTaskStartToCloseTimeout("600").defaultTaskScheduleToCloseTimeout("1200"));
        }
    }

    String start(String workflowId, String input) {
        return swf.startWorkflowExecution(r -> r.domain(DOMAIN).workflowId(workflowId)
                .workflowType(t -> t.name("a-then-b").version("1")).input(input)).runId();
    }

    /** Runs one execution to its end; returns its history. */
    List<HistoryEvent> run(String workflowId, String input) {
        String runId = start(workflowId, input);
        decide(schedule("A", "script-a", "a_tasks", input));
        String a = work("a_tasks", in -> "A(" + in + ")");
        decide(schedule("B", "script-b", "b_tasks", a));
        String b = work("b_tasks", in -> "B(" + in + ")");
        decide(Decision.builder().decisionType(DecisionType.COMPLETE_WORKFLOW_EXECUTION)
                .completeWorkflowExecutionDecisionAttributes(c -> c.result(b)).build());
        return swf.getWorkflowExecutionHistory(r -> r.domain(DOMAIN).execution(e -> e.workflowId(workflowId).runId(runId)))
                .events();
    }

    PollForDecisionTaskResponse pollDecision() {
        PollForDecisionTaskResponse task = swf.pollForDecisionTask(r -> r.domain(DOMAIN).taskList(list("decisions")).identity("decider"));
        if (task.taskToken() == null) {
            throw new AssertionError("no decision task within the poll hold");
        }
        return task;
    }

    void respond(PollForDecisionTaskResponse task, Decision decision) {
        swf.respondDecisionTaskCompleted(r -> r.taskToken(task.taskToken()).decisions(decision));
    }

    private void decide(Decision decision) {
        respond(pollDecision(), decision);
    }

    private String work(String taskList, java.util.function.UnaryOperator<String> script) {
        PollForActivityTaskResponse task = swf.pollForActivityTask(r -> r.domain(DOMAIN).taskList(list(taskList)).identity("server-" + taskList));
        if (task.taskToken() == null) {
            throw new AssertionError("no activity task on " + taskList + " within the poll hold");
        }
        String result = script.apply(task.input());
        swf.respondActivityTaskCompleted(r -> r.taskToken(task.taskToken()).result(result));
        return result;
    }

    private static Decision schedule(String id, String type, String taskList, String input) {
        return Decision.builder().decisionType(DecisionType.SCHEDULE_ACTIVITY_TASK)
                .scheduleActivityTaskDecisionAttributes(a -> a.activityId(id)
                        .activityType(t -> t.name(type).version("1")).taskList(list(taskList)).input(input))
                .build();
    }

    static TaskList list(String name) {
        return TaskList.builder().name(name).build();
    }

    static List<EventType> types(List<HistoryEvent> events) {
        return events.stream().map(HistoryEvent::eventType).toList();
    }
}
