package dev.swfrelay.emulator.engine;

import static dev.swfrelay.emulator.engine.EngineFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.swfrelay.core.model.*;
import dev.swfrelay.core.model.decision.StartTimer;
import dev.swfrelay.core.model.event.ScheduleActivityTaskFailed;
import dev.swfrelay.core.model.event.StartTimerFailed;
import dev.swfrelay.core.model.event.WorkflowExecutionTerminated;
import org.junit.jupiter.api.Test;

class LimitsTest {

    @Test
    void openActivitiesLimitFailsTheExtraSchedule() {
        try (EngineFixture f = new EngineFixture(Limits.swf().withMaxOpenActivities(2))) {
            WorkflowExecution run = f.start("wf");
            f.decide(f.pollDecision().taskToken(), activity("a"), activity("b"), activity("c"));
            assertThat(f.event(run, 7).attributes()).isEqualTo(new ScheduleActivityTaskFailed("c", ACTIVITY,
                    ScheduleActivityTaskFailedCause.OPEN_ACTIVITIES_LIMIT_EXCEEDED, 4));
        }
    }

    @Test
    void aPollBeyondTheParkedPollersLimitIsLimitExceeded() {
        try (EngineFixture f = new EngineFixture(Limits.swf().withMaxPollersPerTaskList(2))) {
            var request = dev.swfrelay.core.api.PollForActivityTaskRequest.builder().domain(DOMAIN).taskList(ACTIVITIES)
                    .identity("w").build();
            var first = f.swf.pollForActivityTask(request);
            var second = f.swf.pollForActivityTask(request);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> await(f.swf.pollForActivityTask(request)))
                    .isInstanceOfSatisfying(SwfFault.class, e -> assertThat(e.type()).isEqualTo(FaultType.LimitExceededFault));
            f.swf.pollForDecisionTask(dev.swfrelay.core.api.PollForDecisionTaskRequest.builder().domain(DOMAIN)
                    .taskList(ACTIVITIES).build());
            assertThat(await(first).taskToken()).isNull();
            await(second);
            assertThat(await(f.swf.pollForActivityTask(request)).taskToken()).as("room again once polls return").isNull();
        }
    }

    @Test
    void openTimersLimitFailsTheExtraTimer() {
        try (EngineFixture f = new EngineFixture(Limits.swf().withMaxOpenTimers(1))) {
            WorkflowExecution run = f.start("wf");
            f.decide(f.pollDecision().taskToken(), new StartTimer(null, Timeout.ofSeconds(5), "t1"),
                    new StartTimer(null, Timeout.ofSeconds(5), "t2"));
            assertThat(f.event(run, 6).attributes()).isEqualTo(new StartTimerFailed(
                    StartTimerFailedCause.OPEN_TIMERS_LIMIT_EXCEEDED, 4, "t2"));
        }
    }

    @Test
    void historyEventLimitTerminatesTheExecution() {
        try (EngineFixture f = new EngineFixture(Limits.swf().withMaxHistoryEvents(10))) {
            WorkflowExecution run = f.start("wf");
            for (int i = 0; i < 20; i++) {
                try {
                    f.pollDecisionAfterSignalNoPoll(run);
                } catch (SwfFault closed) {
                    assertThat(closed.type()).isEqualTo(FaultType.UnknownResourceFault);
                    break;
                }
            }
            assertThat(f.history(run)).hasSizeLessThanOrEqualTo(10);
            assertThat(f.last(run).attributes(WorkflowExecutionTerminated.class).cause())
                    .isEqualTo(WorkflowExecutionTerminatedCause.EVENT_LIMIT_EXCEEDED);
            assertThat(f.describe(run).executionInfo().closeStatus()).isEqualTo(CloseStatus.TERMINATED);
        }
    }

    @Test
    void openExecutionsPerDomainLimitIsLimitExceeded() {
        try (EngineFixture f = new EngineFixture(Limits.swf().withMaxOpenExecutionsPerDomain(2))) {
            f.start("a");
            f.start("b");
            try {
                f.start("c");
                throw new AssertionError("no fault");
            } catch (SwfFault fault) {
                assertThat(fault.type()).isEqualTo(FaultType.LimitExceededFault);
            }
        }
    }
}
