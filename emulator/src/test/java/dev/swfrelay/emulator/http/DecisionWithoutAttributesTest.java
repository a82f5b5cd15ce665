package dev.swfrelay.emulator.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.swfrelay.emulator.junit.SwfEmulatorTest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.Decision;
import software.amazon.awssdk.services.swf.model.DecisionType;
import software.amazon.awssdk.services.swf.model.EventType;
import software.amazon.awssdk.services.swf.model.HistoryEvent;
import software.amazon.awssdk.services.swf.model.PollForDecisionTaskResponse;
import software.amazon.awssdk.services.swf.model.SwfException;
import software.amazon.awssdk.services.swf.model.TaskList;

/**
 * A decision sent as {@code {"decisionType": "StartTimer"}}, its attributes object left out,
 * through the AWS SDK v2 over HTTP, for each of SWF's 13 decision types. SWF checks the
 * attributes the type calls for even when they are absent: every required member is named
 * null, in the model's order; a type whose attributes require nothing is taken as it is.
 */
@SwfEmulatorTest(pollHold = "PT1S")
class DecisionWithoutAttributesTest {

    private static final String D = "bare";
    private static final TaskList DECISIONS = TaskList.builder().name("decisions").build();

    /** Each type whose attributes have required members, with those members in the model's order. */
    private static final Map<DecisionType, List<String>> REQUIRED = required();

    private final SwfClient swf;

    DecisionWithoutAttributesTest(SwfClient swf) {
        this.swf = swf;
    }

    private static Map<DecisionType, List<String>> required() {
        Map<DecisionType, List<String>> r = new LinkedHashMap<>();
        r.put(DecisionType.SCHEDULE_ACTIVITY_TASK, List.of(
                "scheduleActivityTaskDecisionAttributes.activityType", "scheduleActivityTaskDecisionAttributes.activityId"));
        r.put(DecisionType.REQUEST_CANCEL_ACTIVITY_TASK, List.of("requestCancelActivityTaskDecisionAttributes.activityId"));
        r.put(DecisionType.RECORD_MARKER, List.of("recordMarkerDecisionAttributes.markerName"));
        r.put(DecisionType.START_TIMER, List.of(
                "startTimerDecisionAttributes.timerId", "startTimerDecisionAttributes.startToFireTimeout"));
        r.put(DecisionType.CANCEL_TIMER, List.of("cancelTimerDecisionAttributes.timerId"));
        r.put(DecisionType.SIGNAL_EXTERNAL_WORKFLOW_EXECUTION, List.of(
                "signalExternalWorkflowExecutionDecisionAttributes.workflowId",
                "signalExternalWorkflowExecutionDecisionAttributes.signalName"));
        r.put(DecisionType.REQUEST_CANCEL_EXTERNAL_WORKFLOW_EXECUTION, List.of(
                "requestCancelExternalWorkflowExecutionDecisionAttributes.workflowId"));
        r.put(DecisionType.START_CHILD_WORKFLOW_EXECUTION, List.of(
                "startChildWorkflowExecutionDecisionAttributes.workflowType",
                "startChildWorkflowExecutionDecisionAttributes.workflowId"));
        r.put(DecisionType.SCHEDULE_LAMBDA_FUNCTION, List.of(
                "scheduleLambdaFunctionDecisionAttributes.id", "scheduleLambdaFunctionDecisionAttributes.name"));
        return r;
    }

    @BeforeEach
    void register() {
        swf.registerDomain(r -> r.name(D).workflowExecutionRetentionPeriodInDays("1"));
        swf.registerWorkflowType(r -> r.domain(D).name("wf").version("1").defaultTaskList(DECISIONS)
                .defaultChildPolicy("TERMINATE").defaultExecutionStartToCloseTimeout("3600")
                .defaultTaskStartToCloseTimeout("30"));
    }

    @Test
    void eachTypeWithRequiredAttributesNamesEveryMissingMemberInTheModelsOrder() {
        assertThat(REQUIRED).hasSize(9);
        for (var type : REQUIRED.entrySet()) {
            String token = startAndPoll("needs-" + type.getKey()).taskToken();
            List<String> nulls = type.getValue();
            String expected = nulls.size() + " validation error" + (nulls.size() == 1 ? "" : "s") + " detected: "
                    + nulls.stream().map(member -> "Value null at 'decisions.1.member." + member
                            + "' failed to satisfy constraint: Member must not be null")
                    .collect(Collectors.joining("; "));

            assertThatThrownBy(() -> respond(token, type.getKey()))
                    .as(type.getKey().toString())
                    .isInstanceOfSatisfying(SwfException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(400);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
                        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(expected);
                    });
        }
    }

    @Test
    void eachTypeWhoseAttributesRequireNothingIsTakenWithoutThem() {
        Map<DecisionType, EventType> outcomes = new LinkedHashMap<>();
        outcomes.put(DecisionType.COMPLETE_WORKFLOW_EXECUTION, EventType.WORKFLOW_EXECUTION_COMPLETED);
        outcomes.put(DecisionType.FAIL_WORKFLOW_EXECUTION, EventType.WORKFLOW_EXECUTION_FAILED);
        outcomes.put(DecisionType.CANCEL_WORKFLOW_EXECUTION, EventType.WORKFLOW_EXECUTION_CANCELED);
        outcomes.put(DecisionType.CONTINUE_AS_NEW_WORKFLOW_EXECUTION, EventType.WORKFLOW_EXECUTION_CONTINUED_AS_NEW);
        assertThat(Arrays.stream(DecisionType.values()).filter(t -> t != DecisionType.UNKNOWN_TO_SDK_VERSION))
                .hasSize(13)
                .allMatch(t -> REQUIRED.containsKey(t) || outcomes.containsKey(t));

        for (var outcome : outcomes.entrySet()) {
            String workflowId = "free-" + outcome.getKey();
            PollForDecisionTaskResponse task = startAndPoll(workflowId);
            respond(task.taskToken(), outcome.getKey());

            List<HistoryEvent> events = swf.getWorkflowExecutionHistory(r -> r.domain(D)
                    .execution(task.workflowExecution())).events();
            assertThat(events.get(events.size() - 1).eventType()).as(outcome.getKey().toString())
                    .isEqualTo(outcome.getValue());
        }
    }

    private PollForDecisionTaskResponse startAndPoll(String workflowId) {
        swf.startWorkflowExecution(r -> r.domain(D).workflowId(workflowId).workflowType(w -> w.name("wf").version("1")));
        PollForDecisionTaskResponse task = swf.pollForDecisionTask(r -> r.domain(D).taskList(DECISIONS));
        assertThat(task.workflowExecution().workflowId()).isEqualTo(workflowId);
        return task;
    }

    private void respond(String token, DecisionType type) {
        swf.respondDecisionTaskCompleted(r -> r.taskToken(token)
                .decisions(Decision.builder().decisionType(type).build()));
    }
}
