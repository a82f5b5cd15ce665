package dev.swfrelay.it.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.swfrelay.core.api.CountPendingActivityTasksRequest;
import dev.swfrelay.core.api.SignalWorkflowExecutionRequest;
import dev.swfrelay.core.model.ActivityTask;
import dev.swfrelay.core.model.ActivityTaskTimeoutType;
import dev.swfrelay.core.model.DecisionTask;
import dev.swfrelay.core.model.EventType;
import dev.swfrelay.core.model.FaultType;
import dev.swfrelay.core.model.SwfFault;
import dev.swfrelay.core.model.WorkflowExecution;
import dev.swfrelay.core.model.decision.RequestCancelActivityTask;
import dev.swfrelay.core.model.event.ActivityTaskCanceled;
import dev.swfrelay.core.model.event.ActivityTaskCompleted;
import dev.swfrelay.core.model.event.ActivityTaskFailed;
import dev.swfrelay.core.model.event.ActivityTaskTimedOut;
import dev.swfrelay.core.port.ActivityTaskSource;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** {@link dev.swfrelay.core.port.ActivityTaskSource}: what a worker gets and what its reports do, on every backend. */
abstract class ActivityTaskSourceContract extends ContractSuite {

    private ActivityTaskSource tasks() {
        return fx.ports.activityTasks();
    }

    @Test
    void scheduledActivityIsDeliveredOnceWithItsInput() throws Exception {
        WorkflowExecution execution = fx.startWithActivity("payload");

        ActivityTask task = fx.activityTask();

        assertThat(task.activityId()).isEqualTo("work-1");
        assertThat(task.activityType()).isEqualTo(Fixture.ACTIVITY);
        assertThat(task.input()).isEqualTo("payload");
        assertThat(task.workflowExecution()).isEqualTo(execution);
        assertThat(fx.eventTypes(execution)).endsWith(EventType.ActivityTaskScheduled, EventType.ActivityTaskStarted);
        assertThat(fx.ports.workflows().describe(fx.domain, execution).openCounts().openActivityTasks()).isEqualTo(1);
        assertThat(fx.backend.service().countPendingActivityTasks(
                new CountPendingActivityTasksRequest(fx.domain, fx.activities)).count()).isZero();
    }

    @Test
    void completionRecordsResultAndSchedulesDecision() throws Exception {
        WorkflowExecution execution = fx.startWithActivity("x");
        ActivityTask task = fx.activityTask();

        tasks().complete(task.taskToken(), "A's result");

        assertThat(fx.last(execution, ActivityTaskCompleted.class).result()).isEqualTo("A's result");
        assertThat(fx.eventTypes(execution)).endsWith(EventType.ActivityTaskCompleted, EventType.DecisionTaskScheduled);
    }

    @Test
    void failureRecordsReasonAndDetails() throws Exception {
        WorkflowExecution execution = fx.startWithActivity("x");
        ActivityTask task = fx.activityTask();

        tasks().fail(task.taskToken(), "exit 3", "stderr tail");

        ActivityTaskFailed failed = fx.last(execution, ActivityTaskFailed.class);
        assertThat(failed.reason()).isEqualTo("exit 3");
        assertThat(failed.details()).isEqualTo("stderr tail");
    }

    @Test
    void heartbeatTellsOfCancellationAndCanceledIsRecorded() throws Exception {
        WorkflowExecution execution = fx.startWithActivity("x");
        ActivityTask task = fx.activityTask();
        assertThat(tasks().heartbeat(task.taskToken(), "10%")).isFalse();
        fx.ports.workflows().signal(new SignalWorkflowExecutionRequest(
                fx.domain, null, null, "stop", execution.workflowId()));

        DecisionTask decision = fx.decisionTask();
        fx.ports.decisionTasks().complete(decision.taskToken(), List.of(new RequestCancelActivityTask("work-1")), null);

        assertThat(tasks().heartbeat(task.taskToken(), "20%")).isTrue();
        tasks().canceled(task.taskToken(), "stopped at 20%");
        assertThat(fx.last(execution, ActivityTaskCanceled.class).details()).isEqualTo("stopped at 20%");
    }

    @Test
    void reportingTwiceWithSameTokenIsUnknownResource() throws Exception {
        fx.startWithActivity("x");
        ActivityTask task = fx.activityTask();
        tasks().complete(task.taskToken(), "once");

        assertThatThrownBy(() -> tasks().complete(task.taskToken(), "twice"))
                .isInstanceOfSatisfying(SwfFault.class,
                        fault -> assertThat(fault.type()).isEqualTo(FaultType.UnknownResourceFault));
    }

    @Test
    void missedHeartbeatTimesOutActivity() throws Exception {
        assumeTimeMoves();
        WorkflowExecution execution = fx.startWithActivity("x");
        ActivityTask task = fx.activityTask();

        fx.backend.advance(Fixture.HEARTBEAT.duration().orElseThrow().plusSeconds(1));

        assertThat(fx.last(execution, ActivityTaskTimedOut.class).timeoutType())
                .isEqualTo(ActivityTaskTimeoutType.HEARTBEAT);
        assertThatThrownBy(() -> tasks().heartbeat(task.taskToken(), "late"))
                .isInstanceOfSatisfying(SwfFault.class,
                        fault -> assertThat(fault.type()).isEqualTo(FaultType.UnknownResourceFault));
    }

    @Test
    void heartbeatsKeepActivityAlive() throws Exception {
        assumeTimeMoves();
        WorkflowExecution execution = fx.startWithActivity("x");
        ActivityTask task = fx.activityTask();

        for (int i = 0; i < 3; i++) {
            fx.backend.advance(Duration.ofSeconds(4));
            tasks().heartbeat(task.taskToken(), "beat " + i);
        }
        tasks().complete(task.taskToken(), "alive");

        assertThat(fx.eventTypes(execution)).doesNotContain(EventType.ActivityTaskTimedOut)
                .contains(EventType.ActivityTaskCompleted);
    }

    @Test
    void pollOnEmptyTaskListReturnsEmpty() throws Exception {
        assumeShortPollHold();

        assertThat(tasks().poll(fx.activities)).isEmpty();
    }

    /** As for decision tasks: a withdrawn activity poll is released, and the next task goes to the next poll. */
    @Test
    void interruptedPollIsWithdrawnAndLosesNoTask() throws Exception {
        assumeNotLive("SWF does not document withdrawing a poll whose connection closed");
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread poller = new Thread(() -> {
            try {
                outcome.set(tasks().poll(fx.activities));
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
        WorkflowExecution execution = fx.startWithActivity("after withdrawal");
        Optional<ActivityTask> next = tasks().poll(fx.activities);

        assertThat(outcome.get()).isInstanceOf(InterruptedException.class);
        assertThat(next).map(ActivityTask::workflowExecution).contains(execution);
    }
}
