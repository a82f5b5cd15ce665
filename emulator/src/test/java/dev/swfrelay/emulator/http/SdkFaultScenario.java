package dev.swfrelay.emulator.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.ActivityType;
import software.amazon.awssdk.services.swf.model.Decision;
import software.amazon.awssdk.services.swf.model.DecisionType;
import software.amazon.awssdk.services.swf.model.SwfException;
import software.amazon.awssdk.services.swf.model.TaskList;
import software.amazon.awssdk.services.swf.model.WorkflowType;

/**
 * The same calls as {@code faults/boto3_faults.py}, through the AWS SDK for Java v2: each case
 * records the exception the SDK raised, its error code and {@code awsErrorDetails().errorMessage()}.
 */
final class SdkFaultScenario {

    record Seen(Class<?> exception, String code, String message) {
    }

    private static final String D = "faults";
    private static final TaskList DECISIONS = TaskList.builder().name("decisions").build();
    private static final TaskList WORK = TaskList.builder().name("work").build();
    private static final WorkflowType WF = WorkflowType.builder().name("wf").version("1").build();

    private final SwfClient swf;
    private final Map<String, Seen> seen = new LinkedHashMap<>();
    private String runId;

    SdkFaultScenario(SwfClient swf) {
        this.swf = swf;
    }

    Map<String, Seen> run() {
        register();
        registryFaults();
        executionFaults();
        taskFaults();
        validationFaults();
        return seen;
    }

    private void register() {
        swf.registerDomain(r -> r.name(D).workflowExecutionRetentionPeriodInDays("1"));
        swf.registerWorkflowType(r -> r.domain(D).name("wf").version("1").defaultTaskList(DECISIONS)
                .defaultChildPolicy("TERMINATE").defaultExecutionStartToCloseTimeout("3600")
                .defaultTaskStartToCloseTimeout("30"));
        swf.registerWorkflowType(r -> r.domain(D).name("bare").version("1"));
        swf.registerActivityType(r -> r.domain(D).name("act").version("1").defaultTaskList(WORK)
                .defaultTaskHeartbeatTimeout("NONE").defaultTaskScheduleToCloseTimeout("600")
                .defaultTaskScheduleToStartTimeout("300").defaultTaskStartToCloseTimeout("300"));
        swf.registerActivityType(r -> r.domain(D).name("old").version("1"));
        swf.deprecateActivityType(r -> r.domain(D).activityType(a -> a.name("old").version("1")));
        swf.registerDomain(r -> r.name("gone").workflowExecutionRetentionPeriodInDays("1"));
        swf.deprecateDomain(r -> r.name("gone"));
    }

    private void registryFaults() {
        expect("unknownDomain", () -> swf.describeDomain(r -> r.name("nowhere")));
        expect("unknownActivityType", () -> swf.describeActivityType(r -> r.domain(D)
                .activityType(a -> a.name("nosuch").version("1"))));
        expect("unknownWorkflowType", () -> swf.describeWorkflowType(r -> r.domain(D)
                .workflowType(w -> w.name("nosuch").version("1"))));
        expect("domainAlreadyExists", () -> swf.registerDomain(r -> r.name(D).workflowExecutionRetentionPeriodInDays("1")));
        expect("domainDeprecated", () -> swf.deprecateDomain(r -> r.name("gone")));
        expect("activityTypeAlreadyExists", () -> swf.registerActivityType(r -> r.domain(D).name("act").version("1")));
        expect("workflowTypeAlreadyExists", () -> swf.registerWorkflowType(r -> r.domain(D).name("wf").version("1")));
        expect("typeDeprecated", () -> swf.deprecateActivityType(r -> r.domain(D)
                .activityType(ActivityType.builder().name("old").version("1").build())));
    }

    private void executionFaults() {
        expect("unknownExecution", () -> swf.describeWorkflowExecution(r -> r.domain(D)
                .execution(e -> e.workflowId("nope").runId("r"))));
        expect("unknownExecutionByWorkflowId", () -> swf.signalWorkflowExecution(r -> r.domain(D)
                .workflowId("nope").signalName("s")));
        expect("defaultUndefined", () -> swf.startWorkflowExecution(r -> r.domain(D).workflowId("bare-1")
                .workflowType(w -> w.name("bare").version("1")).taskList(DECISIONS)
                .taskStartToCloseTimeout("30").childPolicy("TERMINATE")));
        runId = swf.startWorkflowExecution(r -> r.domain(D).workflowId("tasks-1").workflowType(WF)).runId();
        expect("alreadyStarted", () -> swf.startWorkflowExecution(r -> r.domain(D).workflowId("tasks-1").workflowType(WF)));
    }

    private void taskFaults() {
        String token = swf.pollForDecisionTask(r -> r.domain(D).taskList(DECISIONS)).taskToken();
        expect("closeNotLast", () -> swf.respondDecisionTaskCompleted(r -> r.taskToken(token).decisions(
                Decision.builder().decisionType(DecisionType.COMPLETE_WORKFLOW_EXECUTION)
                        .completeWorkflowExecutionDecisionAttributes(a -> { }).build(),
                Decision.builder().decisionType(DecisionType.RECORD_MARKER)
                        .recordMarkerDecisionAttributes(a -> a.markerName("m")).build())));
        swf.respondDecisionTaskCompleted(r -> r.taskToken(token).decisions(Decision.builder()
                .decisionType(DecisionType.SCHEDULE_ACTIVITY_TASK).scheduleActivityTaskDecisionAttributes(a -> a
                        .activityId("a1").activityType(t -> t.name("act").version("1"))).build()));
        expect("decisionTaskAnsweredTwice", () -> swf.respondDecisionTaskCompleted(r -> r.taskToken(token)));

        String work = swf.pollForActivityTask(r -> r.domain(D).taskList(WORK)).taskToken();
        swf.respondActivityTaskCompleted(r -> r.taskToken(work).result("done"));
        expect("activityTaskAnsweredTwice", () -> swf.respondActivityTaskCompleted(r -> r.taskToken(work).result("again")));

        String late = swf.pollForDecisionTask(r -> r.domain(D).taskList(DECISIONS)).taskToken();
        swf.terminateWorkflowExecution(r -> r.domain(D).workflowId("tasks-1").runId(runId));
        expect("taskOfClosedRun", () -> swf.respondDecisionTaskCompleted(r -> r.taskToken(late)));
    }

    private void validationFaults() {
        expect("threeNullsInModelOrder", () -> swf.respondDecisionTaskCompleted(r -> r.decisions(Decision.builder()
                .decisionType(DecisionType.START_TIMER).startTimerDecisionAttributes(a -> a.control("c")).build())));
        expect("fourKindsInModelOrder", () -> swf.startWorkflowExecution(r -> r.domain("d".repeat(257))
                .workflowId("w").workflowType(w -> w.name("n").version("v".repeat(65))).childPolicy("BOGUS")
                .tagList(List.of("t1", "t2", "t3", "t4", "t5", "t6"))));
    }

    private void expect(String name, Runnable call) {
        try {
            call.run();
            seen.put(name, new Seen(null, null, "no fault"));
        } catch (SwfException e) {
            String message = e.awsErrorDetails().errorMessage();
            seen.put(name, new Seen(e.getClass(), e.awsErrorDetails().errorCode(),
                    runId == null ? message : message.replace(runId, "<runId>")));
        }
    }
}
