package dev.swfrelay.emulator.engine;

import static dev.swfrelay.emulator.engine.EngineFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.swfrelay.core.api.PollForDecisionTaskRequest;
import dev.swfrelay.core.api.RespondDecisionTaskCompletedRequest;
import dev.swfrelay.core.api.SignalWorkflowExecutionRequest;
import dev.swfrelay.core.model.*;
import dev.swfrelay.core.model.decision.CompleteWorkflowExecution;
import dev.swfrelay.core.model.decision.RecordMarker;
import dev.swfrelay.core.model.event.*;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DecisionTaskTest {

    private final EngineFixture f = new EngineFixture();

    @AfterEach
    void close() {
        f.close();
    }

    private void signal(WorkflowExecution run, String name) {
        f.swf.signalWorkflowExecution(SignalWorkflowExecutionRequest.builder().domain(DOMAIN)
                .workflowId(run.workflowId()).signalName(name).input("payload").build());
    }

    @Test
    void firstDecisionTaskCarriesTheStartedHistory() {
        WorkflowExecution run = f.start("wf");
        DecisionTask task = f.pollDecision();
        assertThat(task.taskToken()).isNotNull();
        assertThat(task.workflowExecution()).isEqualTo(run);
        assertThat(task.workflowType()).isEqualTo(WORKFLOW);
        assertThat(task.startedEventId()).isEqualTo(3);
        assertThat(task.previousStartedEventId()).isEqualTo(0L);
        assertThat(task.events()).extracting(HistoryEvent::eventType).containsExactly(EventType.WorkflowExecutionStarted,
                EventType.DecisionTaskScheduled, EventType.DecisionTaskStarted);
        WorkflowExecutionStarted started = task.events().get(0).attributes(WorkflowExecutionStarted.class);
        assertThat(started.input()).isEqualTo("in-wf");
        assertThat(started.taskList()).isEqualTo(DECISIONS);
        assertThat(started.childPolicy()).isEqualTo(ChildPolicy.TERMINATE);
        assertThat(started.executionStartToCloseTimeout()).isEqualTo(Timeout.ofSeconds(3600));
        assertThat(started.taskStartToCloseTimeout()).isEqualTo(Timeout.ofSeconds(30));
        assertThat(started.parentInitiatedEventId()).as("SWF records 0 for a run no parent started").isEqualTo(0L);
        assertThat(started.parentWorkflowExecution()).isNull();
        assertThat(started.taskPriority()).as("SWF registers a type without a default priority with 0").isEqualTo("0");
        assertThat(task.events().get(1).attributes()).isEqualTo(new DecisionTaskScheduled(null, Timeout.ofSeconds(30),
                DECISIONS, "0"));
        assertThat(task.events().get(2).attributes()).isEqualTo(new DecisionTaskStarted("decider", 2));
        assertThat(task.events()).allSatisfy(e -> assertThat(e.eventTimestamp()).isEqualTo(T0));
    }

    @Test
    void completingRecordsDecisionTaskCompletedAndTheDecisions() {
        WorkflowExecution run = f.start("wf");
        DecisionTask task = f.pollDecision();
        f.swf.respondDecisionTaskCompleted(RespondDecisionTaskCompletedRequest.builder().taskToken(task.taskToken())
                .executionContext("ctx-1").decisions(List.of(new RecordMarker("d", "m"),
                        new CompleteWorkflowExecution("done"))).build());
        assertThat(f.event(run, 4).attributes()).isEqualTo(new DecisionTaskCompleted("ctx-1", 2, 3, null, null));
        assertThat(f.event(run, 5).attributes()).isEqualTo(new MarkerRecorded(4, "d", "m"));
        assertThat(f.event(run, 6).attributes()).isEqualTo(new WorkflowExecutionCompleted(4, "done"));
        assertThat(f.describe(run).executionInfo().closeStatus()).isEqualTo(CloseStatus.COMPLETED);
        assertThat(f.describe(run).latestExecutionContext()).isEqualTo("ctx-1");
    }

    @Test
    void eventsWhileStartedLeadToExactlyOneNewTaskAfterCompletion() {
        WorkflowExecution run = f.start("wf");
        DecisionTask first = f.pollDecision();
        signal(run, "s1");
        signal(run, "s2");
        assertThat(f.describe(run).openCounts().openDecisionTasks()).isEqualTo(1);
        f.decide(first.taskToken());
        DecisionTask second = f.pollDecision();
        assertThat(second.previousStartedEventId()).isEqualTo(3L);
        assertThat(f.types(run)).containsExactly(EventType.WorkflowExecutionStarted, EventType.DecisionTaskScheduled,
                EventType.DecisionTaskStarted, EventType.WorkflowExecutionSignaled, EventType.WorkflowExecutionSignaled,
                EventType.DecisionTaskCompleted, EventType.DecisionTaskScheduled, EventType.DecisionTaskStarted);
        f.decide(second.taskToken());
        assertThat(f.swf.countPendingDecisionTasks(new dev.swfrelay.core.api.CountPendingDecisionTasksRequest(DOMAIN,
                DECISIONS)).count()).isZero();
    }

    @Test
    void closeDecisionWithUnseenEventsFailsAsUnhandledDecision() {
        WorkflowExecution run = f.start("wf");
        DecisionTask task = f.pollDecision();
        signal(run, "late");
        f.decide(task.taskToken(), new CompleteWorkflowExecution("done"));
        assertThat(f.event(run, 6).attributes()).isEqualTo(new CompleteWorkflowExecutionFailed(
                CompleteWorkflowExecutionFailedCause.UNHANDLED_DECISION, 5));
        assertThat(f.event(run, 7).eventType()).isEqualTo(EventType.DecisionTaskScheduled);
        assertThat(f.describe(run).executionInfo().executionStatus()).isEqualTo(ExecutionStatus.OPEN);
    }

    @Test
    void closeDecisionThatIsNotLastIsRejected() {
        f.start("wf");
        DecisionTask task = f.pollDecision();
        assertThatThrownBy(() -> f.decide(task.taskToken(), new CompleteWorkflowExecution("x"), new RecordMarker(null, "m")))
                .isInstanceOfSatisfying(SwfFault.class, e -> assertThat(e.type()).isEqualTo(FaultType.ValidationException))
                .hasMessageStartingWith("Close must be last decision in list");
        f.decide(task.taskToken(), new CompleteWorkflowExecution("x"));
    }

    @Test
    void aTokenIsSingleUseAndForgedTokensAreUnknown() {
        f.start("wf");
        DecisionTask task = f.pollDecision();
        f.decide(task.taskToken());
        assertThatThrownBy(() -> f.decide(task.taskToken()))
                .isInstanceOfSatisfying(SwfFault.class, e -> assertThat(e.type()).isEqualTo(FaultType.UnknownResourceFault));
        assertThatThrownBy(() -> f.decide("forged-token"))
                .isInstanceOfSatisfying(SwfFault.class, e -> assertThat(e.type()).isEqualTo(FaultType.UnknownResourceFault));
        assertThat(java.util.Base64.getDecoder().decode(task.taskToken())).hasSizeGreaterThanOrEqualTo(16);
    }

    @Test
    void historyComesInPagesFetchedWithTheNextPageToken() {
        WorkflowExecution run = f.start("wf");
        f.decide(f.pollDecision().taskToken());
        for (int i = 0; i < 5; i++) {
            signal(run, "s" + i);
        }
        PollForDecisionTaskRequest.Builder poll = PollForDecisionTaskRequest.builder().domain(DOMAIN).taskList(DECISIONS)
                .identity("decider").maximumPageSize(4);
        DecisionTask page = f.pollDecision(poll);
        List<Long> ids = new ArrayList<>();
        page.events().forEach(e -> ids.add(e.eventId()));
        int pages = 1;
        while (page.nextPageToken() != null) {
            page = f.pollDecision(poll.nextPageToken(page.nextPageToken()));
            assertThat(page.taskToken()).isNotNull();
            page.events().forEach(e -> ids.add(e.eventId()));
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(ids).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L);
    }

    @Test
    void historyCanComeNewestFirstOrFromThePreviousStartedEvent() {
        WorkflowExecution run = f.start("wf");
        f.decide(f.pollDecision().taskToken());
        signal(run, "s");
        DecisionTask reversed = f.pollDecision(PollForDecisionTaskRequest.builder().domain(DOMAIN).taskList(DECISIONS)
                .identity("d").reverseOrder(true));
        assertThat(reversed.events().get(0).eventId()).isEqualTo(reversed.startedEventId());
        f.decide(reversed.taskToken());
        signal(run, "t");
        DecisionTask partial = f.pollDecision(PollForDecisionTaskRequest.builder().domain(DOMAIN).taskList(DECISIONS)
                .identity("d").startAtPreviousStartedEvent(true));
        assertThat(partial.events().get(0).eventId()).as("all events share the previous started event's timestamp")
                .isEqualTo(1L);
    }

    @Test
    void startAtPreviousStartedEventKeepsEveryEventAsRecentAsThePreviousStartedOne() {
        WorkflowExecution run = f.start("wf");
        f.decide(f.pollDecision().taskToken());
        f.clock.advance(java.time.Duration.ofSeconds(10));
        signal(run, "s");
        DecisionTask second = f.pollDecision();
        assertThat(second.startedEventId()).isEqualTo(7L);
        f.decide(second.taskToken());
        f.clock.advance(java.time.Duration.ofSeconds(10));
        signal(run, "t");
        DecisionTask partial = f.pollDecision(PollForDecisionTaskRequest.builder().domain(DOMAIN).taskList(DECISIONS)
                .identity("d").startAtPreviousStartedEvent(true));
        assertThat(partial.previousStartedEventId()).isEqualTo(7L);
        assertThat(partial.events()).extracting(HistoryEvent::eventId).containsExactly(5L, 6L, 7L, 8L, 9L, 10L, 11L);
    }
}
