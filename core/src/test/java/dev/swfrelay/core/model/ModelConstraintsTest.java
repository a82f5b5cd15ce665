package dev.swfrelay.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.swfrelay.core.api.StartWorkflowExecutionRequest;
import dev.swfrelay.core.model.decision.Decision;
import dev.swfrelay.core.model.decision.ScheduleActivityTask;
import dev.swfrelay.core.model.event.ActivityTaskCompleted;
import dev.swfrelay.core.model.event.EventAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelConstraintsTest {

    @Test
    void taskListNameFollowsSwfsNameRule() {
        assertThat(new TaskList("a_tasks").name()).isEqualTo("a_tasks");
        assertRejected(() -> new TaskList(""), "''", "TaskList.name", "greater than or equal to 1");
        assertRejected(() -> new TaskList("x".repeat(257)), "TaskList.name", "less than or equal to 256");
        assertRejected(() -> new TaskList("arn"), "'arn'", "literal");
        assertRejected(() -> new TaskList("a\u0007b"), "TaskList.name", "control characters");
        assertRejected(() -> new TaskList("a:b"), "'a:b'", "':'");
        assertRejected(() -> new TaskList(" a"), "white space");
        assertRejected(() -> new TaskList(null), "TaskList.name", "must not be null");
    }

    @Test
    void requestsCheckRequiredMembersAndLengths() {
        assertRejected(() -> StartWorkflowExecutionRequest.builder().domain("d").workflowId("w").build(),
                "StartWorkflowExecutionRequest.workflowType", "must not be null");
        assertRejected(() -> StartWorkflowExecutionRequest.builder().domain("d").workflowId("w")
                        .workflowType(new WorkflowType("t", "1")).input("x".repeat(32769)).build(),
                "StartWorkflowExecutionRequest.input", "32768");
        assertRejected(() -> StartWorkflowExecutionRequest.builder().domain("d").workflowId("w")
                        .workflowType(new WorkflowType("t", "1")).tagList(List.of("1", "2", "3", "4", "5", "6")).build(),
                "tagList", "less than or equal to 5");
    }

    @Test
    void collectionsAreCopied() {
        List<String> tags = new ArrayList<>(List.of("a"));
        StartWorkflowExecutionRequest request = StartWorkflowExecutionRequest.builder().domain("d").workflowId("w")
                .workflowType(new WorkflowType("t", "1")).tagList(tags).build();
        tags.add("b");
        assertThat(request.tagList()).containsExactly("a");
    }

    @Test
    void everyEventAndDecisionTypeHasItsRecord() {
        assertThat(EventType.values()).hasSize(54);
        assertThat(DecisionType.values()).hasSize(13);
        for (EventType type : EventType.values()) {
            assertThat(type.attributesClass().getSimpleName()).isEqualTo(type.name());
            assertThat(EventAttributes.class.getPermittedSubclasses()).contains(type.attributesClass());
        }
        for (DecisionType type : DecisionType.values()) {
            assertThat(type.attributesClass().getSimpleName()).isEqualTo(type.name());
            assertThat(Decision.class.getPermittedSubclasses()).contains(type.attributesClass());
        }
        assertThat(EventType.ActivityTaskCompleted.attributesMember()).isEqualTo("activityTaskCompletedEventAttributes");
        assertThat(DecisionType.StartTimer.attributesMember()).isEqualTo("startTimerDecisionAttributes");
    }

    @Test
    void eventsKnowTheirType() {
        HistoryEvent event = new HistoryEvent(7, Instant.EPOCH, new ActivityTaskCompleted("out", 5, 6));
        assertThat(event.eventType()).isEqualTo(EventType.ActivityTaskCompleted);
        assertThat(event.attributes(ActivityTaskCompleted.class).result()).isEqualTo("out");
        assertThat(ScheduleActivityTask.builder().activityId("a").activityType(new ActivityType("A", "1")).build()
                .decisionType()).isEqualTo(DecisionType.ScheduleActivityTask);
    }

    private static void assertRejected(Runnable build, String... fragments) {
        assertThatThrownBy(build::run)
                .isInstanceOf(SwfFault.class)
                .satisfies(e -> assertThat(((SwfFault) e).type()).isEqualTo(FaultType.ValidationException))
                .satisfies(e -> assertThat(e.getMessage()).contains(fragments));
    }
}
