package dev.swfrelay.core.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.swfrelay.core.model.DecisionTask;
import dev.swfrelay.core.model.DecisionTaskTimeoutType;
import dev.swfrelay.core.model.HistoryEvent;
import dev.swfrelay.core.model.TaskList;
import dev.swfrelay.core.model.decision.CompleteWorkflowExecution;
import dev.swfrelay.core.model.decision.RecordMarker;
import dev.swfrelay.core.model.event.DecisionTaskScheduled;
import dev.swfrelay.core.model.event.DecisionTaskStarted;
import dev.swfrelay.core.model.event.DecisionTaskTimedOut;
import dev.swfrelay.core.model.event.MarkerRecorded;
import dev.swfrelay.core.model.event.WorkflowExecutionCompleted;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the decider sees at each decision point, and how a divergence reads. */
class DeciderReplayerTest {

    @Test
    void eachCompletedTaskSeesTheHistoryUpToItsStartWithThePreviousCompletedStart() {
        ReplayHistory history = ReplayHistory.started();
        long first = history.decisionTask();
        history.add(new MarkerRecorded(first, null, "m"));
        long timedOutScheduled = history.add(DecisionTaskScheduled.builder().taskList(new TaskList("deciders")).build());
        long timedOutStarted = history.add(new DecisionTaskStarted("slow", timedOutScheduled));
        history.add(DecisionTaskTimedOut.builder().scheduledEventId(timedOutScheduled).startedEventId(timedOutStarted)
                .timeoutType(DecisionTaskTimeoutType.START_TO_CLOSE).build());
        long last = history.decisionTask();
        history.add(new WorkflowExecutionCompleted(last, "done"));
        List<DecisionTask> seen = new ArrayList<>();

        ReplayResult result = DeciderReplayer.of(task -> {
            seen.add(task);
            return seen.size() == 1 ? List.of(new RecordMarker(null, "m")) : List.of(new CompleteWorkflowExecution("done"));
        }).replay(history.events());

        assertThat(result.matches()).as(result.toString()).isTrue();
        assertThat(seen).extracting(DecisionTask::startedEventId).containsExactly(3L, last - 1);
        assertThat(seen).extracting(DecisionTask::previousStartedEventId).containsExactly(0L, 3L);
        assertThat(seen.get(1).events()).extracting(HistoryEvent::eventId).last().isEqualTo(last - 1);
        assertThat(seen.get(0).workflowType()).isEqualTo(ReplayHistory.WORKFLOW);
    }

    @Test
    void aMissingDecisionIsReportedWithTheTasksEventIdsAndBothLists() {
        ReplayHistory history = ReplayHistory.started();
        long completed = history.decisionTask();
        history.add(new MarkerRecorded(completed, "d", "m"));
        history.add(new WorkflowExecutionCompleted(completed, "done"));

        Divergence divergence = DeciderReplayer.of(task -> List.of(new RecordMarker("d", "m")))
                .replay(history.events()).divergence().orElseThrow();

        assertThat(divergence.index()).isEqualTo(1);
        assertThat(divergence.actual()).isNull();
        assertThat(divergence.describe()).contains("decision task 1 (scheduled at event 2, started at 3, completed at 4)")
                .contains("recorded: CompleteWorkflowExecution (event 6) {result=\"done\"}")
                .contains("returned: (no decision)")
                .contains("decisionType: recorded CompleteWorkflowExecution, decider returned (absent)");
    }

    @Test
    void aHistoryWithoutItsStartIsRefusedSayingWhy() {
        ReplayHistory history = ReplayHistory.started();
        history.decisionTask();
        List<HistoryEvent> withoutStart = history.events().subList(1, 4);

        assertThatThrownBy(() -> DeciderReplayer.of(task -> List.of()).replay(withoutStart))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("starts with event 2, DecisionTaskScheduled");
    }

    @Test
    void assertReplaysThrowsAnAssertionErrorNamingTheSource() {
        ReplayHistory history = ReplayHistory.started();
        history.add(new WorkflowExecutionCompleted(history.decisionTask(), "done"));

        assertThatThrownBy(() -> DeciderReplayer.of(task -> List.of(new CompleteWorkflowExecution("other")))
                .mode(ReplayMode.STRICT).assertReplays("job-1.json", history.events()))
                .isInstanceOf(ReplayDivergenceError.class)
                .hasMessageStartingWith("job-1.json: The decider diverged at decision task 1")
                .hasMessageContaining("result: recorded \"done\", decider returned \"other\"");
    }
}
