package dev.swfrelay.emulator.engine;

import static dev.swfrelay.emulator.engine.EngineFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.swfrelay.core.model.*;
import dev.swfrelay.core.model.decision.CancelTimer;
import dev.swfrelay.core.model.decision.StartTimer;
import dev.swfrelay.core.model.event.*;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TimerTest {

    private final EngineFixture f = new EngineFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void aZeroSecondTimerFiresWithoutTheClockMoving() {
        WorkflowExecution run = f.start("wf");
        f.decide(f.pollDecision().taskToken(), new StartTimer(null, Timeout.ofSeconds(0), "now"));
        assertThat(f.event(run, 6).attributes()).isEqualTo(new TimerFired(5, "now"));
        assertThat(f.event(run, 6).eventTimestamp()).isEqualTo(T0);
        assertThat(f.event(run, 7).eventType()).isEqualTo(EventType.DecisionTaskScheduled);
    }

    @Test
    void timersFireInDeadlineOrderStampedWithTheirDeadline() {
        WorkflowExecution run = f.start("wf");
        f.decide(f.pollDecision().taskToken(), new StartTimer("c", Timeout.ofSeconds(60), "late"),
                new StartTimer(null, Timeout.ofSeconds(10), "early"));
        assertThat(f.event(run, 5).attributes()).isEqualTo(new TimerStarted("c", 4, Timeout.ofSeconds(60), "late"));
        assertThat(f.describe(run).openCounts().openTimers()).isEqualTo(2);
        f.clock.advance(Duration.ofMinutes(5));
        assertThat(f.event(run, 7).attributes()).isEqualTo(new TimerFired(6, "early"));
        assertThat(f.event(run, 7).eventTimestamp()).isEqualTo(T0.plusSeconds(10));
        assertThat(f.event(run, 8).eventType()).isEqualTo(EventType.DecisionTaskScheduled);
        assertThat(f.event(run, 9).attributes()).isEqualTo(new TimerFired(5, "late"));
        assertThat(f.event(run, 9).eventTimestamp()).isEqualTo(T0.plusSeconds(60));
        assertThat(f.history(run)).hasSize(9);
        assertThat(f.clock.now()).isEqualTo(T0.plusSeconds(300));
    }

    @Test
    void cancelAndDuplicateTimerFailures() {
        WorkflowExecution run = f.start("wf");
        f.decide(f.pollDecision().taskToken(), new StartTimer(null, Timeout.ofSeconds(60), "t"),
                new StartTimer(null, Timeout.ofSeconds(60), "t"), new CancelTimer("t"), new CancelTimer("t"));
        assertThat(f.event(run, 6).attributes()).isEqualTo(new StartTimerFailed(StartTimerFailedCause.TIMER_ID_ALREADY_IN_USE, 4, "t"));
        assertThat(f.event(run, 7).attributes()).isEqualTo(new TimerCanceled(4, 5, "t"));
        assertThat(f.event(run, 8).attributes()).isEqualTo(new CancelTimerFailed(CancelTimerFailedCause.TIMER_ID_UNKNOWN, 4, "t"));
        f.clock.advance(Duration.ofMinutes(2));
        assertThat(f.types(run)).doesNotContain(EventType.TimerFired);
    }

    private WorkflowExecution startForAWeek() {
        return f.start(dev.swfrelay.core.api.StartWorkflowExecutionRequest.builder().domain(DOMAIN).workflowId("wf")
                .workflowType(WORKFLOW).executionStartToCloseTimeout(Timeout.ofSeconds(7 * 86_400)).build());
    }

    @Test
    void autoAdvanceRunsAOneDayTimerInMilliseconds() {
        WorkflowExecution run = startForAWeek();
        f.clock.autoAdvance(true);
        f.decide(f.pollDecision().taskToken(), new StartTimer(null, Timeout.ofSeconds(86_400), "day"));
        DecisionTask fired = f.pollDecision();
        assertThat(fired.events().get(fired.events().size() - 3).attributes()).isEqualTo(new TimerFired(5, "day"));
        assertThat(f.clock.now()).isEqualTo(T0.plusSeconds(86_400));
        f.decide(fired.taskToken(), new dev.swfrelay.core.model.decision.CompleteWorkflowExecution("ok"));
        assertThat(f.describe(run).executionInfo().closeStatus()).isEqualTo(CloseStatus.COMPLETED);
    }

    @Test
    void autoAdvanceWaitsWhileATaskIsHeld() {
        WorkflowExecution run = startForAWeek();
        f.clock.autoAdvance(true);
        f.decide(f.pollDecision().taskToken(), activity("a"), new StartTimer(null, Timeout.ofSeconds(3600), "t"));
        ActivityTask task = f.pollActivity();
        assertThat(f.clock.now()).isEqualTo(T0);
        f.completeActivity(task.taskToken(), "r");
        f.decide(f.pollDecision().taskToken());
        assertThat(f.clock.now()).isEqualTo(T0.plusSeconds(3600));
        assertThat(f.last(run).eventType()).isEqualTo(EventType.DecisionTaskScheduled);
    }
}
