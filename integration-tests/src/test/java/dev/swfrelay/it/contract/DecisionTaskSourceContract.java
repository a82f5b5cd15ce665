package dev.swfrelay.it.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.swfrelay.core.api.SignalWorkflowExecutionRequest;
import dev.swfrelay.core.model.DecisionTask;
import dev.swfrelay.core.model.EventType;
import dev.swfrelay.core.model.ExecutionStatus;
import dev.swfrelay.core.model.FaultType;
import dev.swfrelay.core.model.HistoryEvent;
import dev.swfrelay.core.model.SwfFault;
import dev.swfrelay.core.model.WorkflowExecution;
import dev.swfrelay.core.model.decision.CompleteWorkflowExecution;
import dev.swfrelay.core.model.decision.RecordMarker;
import dev.swfrelay.core.model.decision.ScheduleActivityTask;
import dev.swfrelay.core.model.event.ActivityTaskScheduled;
import dev.swfrelay.core.model.event.MarkerRecorded;
import dev.swfrelay.core.model.event.WorkflowExecutionCompleted;
import dev.swfrelay.core.model.event.WorkflowExecutionStarted;
import dev.swfrelay.core.port.DecisionTaskSource;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** {@link DecisionTaskSource}: what a decider sees and what its answers do, on every backend. */
abstract class DecisionTaskSourceContract extends ContractSuite {

    @Test
    void pollDeliversNewExecutionWithItsHistory() throws Exception {
        WorkflowExecution execution = fx.start("wf-" + fx.id, "the input");

        DecisionTask task = fx.decisionTask();

        assertThat(task.workflowExecution()).isEqualTo(execution);
        assertThat(task.workflowType()).isEqualTo(Fixture.WORKFLOW);
        assertThat(task.events()).extracting(HistoryEvent::eventType).containsExactly(
                EventType.WorkflowExecutionStarted, EventType.DecisionTaskScheduled, EventType.DecisionTaskStarted);
        assertThat(task.startedEventId()).isEqualTo(3);
        assertThat(task.nextPageToken()).isNull();
        assertThat(task.events().get(0).attributes(WorkflowExecutionStarted.class).input()).isEqualTo("the input");
    }

    @Test
    void pollOnEmptyTaskListReturnsEmpty() throws Exception {
        assumeShortPollHold();

        assertThat(fx.ports.decisionTasks().poll(fx.decisions)).isEmpty();
    }

    @Test
    void completeAppliesDecisionsInOrder() throws Exception {
        WorkflowExecution execution = fx.start();
        DecisionTask task = fx.decisionTask();

        fx.ports.decisionTasks().complete(task.taskToken(), List.of(
                new RecordMarker("marker details", "checkpoint"),
                ScheduleActivityTask.builder().activityId("a-1").activityType(Fixture.ACTIVITY)
                        .taskList(fx.activities).input("for A").build()), "ctx-1");

        assertThat(fx.eventTypes(execution)).endsWith(
                EventType.DecisionTaskCompleted, EventType.MarkerRecorded, EventType.ActivityTaskScheduled);
        assertThat(fx.last(execution, MarkerRecorded.class).details()).isEqualTo("marker details");
        ActivityTaskScheduled scheduled = fx.last(execution, ActivityTaskScheduled.class);
        assertThat(scheduled.activityId()).isEqualTo("a-1");
        assertThat(scheduled.input()).isEqualTo("for A");
        assertThat(scheduled.heartbeatTimeout()).isEqualTo(Fixture.HEARTBEAT);
        assertThat(fx.ports.workflows().describe(fx.domain, execution).latestExecutionContext()).isEqualTo("ctx-1");
    }

    @Test
    void completeWorkflowExecutionClosesIt() throws Exception {
        WorkflowExecution execution = fx.start();
        DecisionTask task = fx.decisionTask();

        fx.ports.decisionTasks().complete(task.taskToken(), List.of(new CompleteWorkflowExecution("done")), null);

        assertThat(fx.last(execution, WorkflowExecutionCompleted.class).result()).isEqualTo("done");
        assertThat(fx.ports.workflows().describe(fx.domain, execution).executionInfo().executionStatus())
                .isEqualTo(ExecutionStatus.CLOSED);
    }

    @Test
    void answeringSameTaskTwiceIsUnknownResource() throws Exception {
        fx.start();
        DecisionTask task = fx.decisionTask();
        fx.ports.decisionTasks().complete(task.taskToken(), List.of(), null);

        assertThatThrownBy(() -> fx.ports.decisionTasks().complete(task.taskToken(), List.of(), null))
                .isInstanceOfSatisfying(SwfFault.class,
                        fault -> assertThat(fault.type()).isEqualTo(FaultType.UnknownResourceFault));
    }

    @Test
    void longHistoryArrivesWholeInOneTask() throws Exception {
        assumeNotLive("1,100 signals would be throttled on a real account");
        WorkflowExecution execution = fx.start();
        for (int i = 0; i < 1_100; i++) {
            fx.ports.workflows().signal(new SignalWorkflowExecutionRequest(
                    fx.domain, "s" + i, execution.runId(), "tick", execution.workflowId()));
        }

        DecisionTask task = fx.decisionTask();

        assertThat(task.nextPageToken()).isNull();
        assertThat(task.events()).hasSize(1_103);
        assertThat(task.events()).extracting(HistoryEvent::eventId)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 1_103).boxed().toList());
        assertThat(task.startedEventId()).isEqualTo(1_103);
    }

    /**
     * Over HTTP, withdrawing closes the poll's connection; the server learns of it
     * asynchronously (a request on another connection may overtake the close), so the test
     * waits for the server to release the poll, and requires that well before the hold ends.
     */
    @Test
    void interruptedPollIsWithdrawnAndLosesNoTask() throws Exception {
        assumeNotLive("SWF does not document withdrawing a poll whose connection closed");
        DecisionTaskSource source = fx.ports.decisionTasks();
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread poller = new Thread(() -> {
            try {
                outcome.set(source.poll(fx.decisions));
            } catch (InterruptedException e) {
                outcome.set(e);
            }
        });
        poller.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> (poller.getState() == Thread.State.WAITING
                || poller.getState() == Thread.State.TIMED_WAITING) && backend.parkedPolls().orElse(1) == 1);

        poller.interrupt();
        poller.join(Duration.ofSeconds(10).toMillis());
        await("server releases the withdrawn poll well before its hold ends")
                .atMost(InProcessBackend.POLL_HOLD.dividedBy(2))
                .until(() -> backend.parkedPolls().orElse(0) == 0);
        WorkflowExecution execution = fx.start();
        Optional<DecisionTask> next = source.poll(fx.decisions);

        assertThat(outcome.get()).isInstanceOf(InterruptedException.class);
        assertThat(next).map(DecisionTask::workflowExecution).contains(execution);
    }
}
