package dev.swfrelay.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.swfrelay.core.model.ActivityType;
import dev.swfrelay.core.model.DecisionTask;
import dev.swfrelay.core.model.EventType;
import dev.swfrelay.core.model.HistoryEvent;
import dev.swfrelay.core.model.TaskList;
import dev.swfrelay.core.model.decision.CompleteWorkflowExecution;
import dev.swfrelay.core.model.decision.ScheduleActivityTask;
import dev.swfrelay.core.model.decision.SignalExternalWorkflowExecution;
import dev.swfrelay.core.model.event.ActivityTaskCompleted;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryBuilderTest {

    @Test
    void eventsGetConsecutiveIdsAndReferToEachOther() {
        HistoryBuilder history = HistoryBuilder.workflowStarted("in");
        DecisionTask first = history.decisionTask();
        history.decided(List.of(ScheduleActivityTask.builder().activityId("A-1")
                        .activityType(new ActivityType("A", "1.0")).taskList(new TaskList("a_tasks")).build()))
                .activityCompleted("A-1", "out");
        DecisionTask second = history.decisionTask();

        assertThat(second.events()).extracting(HistoryEvent::eventType).containsExactly(
                EventType.WorkflowExecutionStarted, EventType.DecisionTaskScheduled, EventType.DecisionTaskStarted,
                EventType.DecisionTaskCompleted, EventType.ActivityTaskScheduled, EventType.ActivityTaskStarted,
                EventType.ActivityTaskCompleted, EventType.DecisionTaskScheduled, EventType.DecisionTaskStarted);
        assertThat(second.events()).extracting(HistoryEvent::eventId).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
        assertThat(second.events().get(6).attributes(ActivityTaskCompleted.class))
                .isEqualTo(new ActivityTaskCompleted("out", 5, 6));
        assertThat(first.startedEventId()).isEqualTo(3);
        assertThat(second.startedEventId()).isEqualTo(9);
        assertThat(second.previousStartedEventId()).isEqualTo(3);
        assertThat(second.taskToken()).isNotEqualTo(first.taskToken());
        assertThat(second.events().get(8).eventTimestamp()).isAfter(second.events().get(0).eventTimestamp());
    }

    @Test
    void eventsDuringARunningDecisionTaskScheduleTheNextOneAfterIt() {
        HistoryBuilder history = HistoryBuilder.workflowStarted("in");
        history.decisionTask();
        history.signaled("s", null).decisionTaskCompleted();

        assertThat(history.events()).extracting(HistoryEvent::eventType).endsWith(
                EventType.WorkflowExecutionSignaled, EventType.DecisionTaskCompleted, EventType.DecisionTaskScheduled);
    }

    @Test
    void closeDecisionsBecomeCloseEvents() {
        HistoryBuilder history = HistoryBuilder.workflowStarted("in");
        history.decided(List.of(new CompleteWorkflowExecution("r")));

        assertThat(history.events()).extracting(HistoryEvent::eventType)
                .endsWith(EventType.DecisionTaskCompleted, EventType.WorkflowExecutionCompleted);
    }

    @Test
    void unknownReferencesAndUnmodelledDecisionsAreRefusedNamingThem() {
        HistoryBuilder history = HistoryBuilder.workflowStarted("in");

        assertThatThrownBy(() -> history.activityCompleted("nope", "r")).hasMessageContaining("'nope'");
        assertThatThrownBy(() -> history.timerFired("t")).hasMessageContaining("'t'");
        assertThatThrownBy(() -> history.decided(List.of(SignalExternalWorkflowExecution.builder()
                .workflowId("w").signalName("s").build()))).hasMessageContaining("SignalExternalWorkflowExecution");
    }
}
