package dev.swfrelay.emulator.engine;

import static dev.swfrelay.emulator.engine.EngineFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.swfrelay.core.api.PollForDecisionTaskRequest;
import dev.swfrelay.core.api.RespondDecisionTaskCompletedRequest;
import dev.swfrelay.core.model.*;
import dev.swfrelay.core.model.event.DecisionTaskScheduled;
import dev.swfrelay.core.model.event.DecisionTaskTimedOut;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DecisionTaskTimeoutTest {

    private final EngineFixture f = new EngineFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void startToCloseTimesOutAndANewTaskIsScheduled() {
        WorkflowExecution run = f.start("wf");
        DecisionTask task = f.pollDecision();
        f.clock.advance(Duration.ofSeconds(30));
        assertThat(f.event(run, 4).attributes()).isEqualTo(new DecisionTaskTimedOut(2, 3, DecisionTaskTimeoutType.START_TO_CLOSE));
        assertThat(f.event(run, 4).eventTimestamp()).isEqualTo(T0.plusSeconds(30));
        assertThat(f.event(run, 5).eventType()).isEqualTo(EventType.DecisionTaskScheduled);
        assertThatThrownBy(() -> f.decide(task.taskToken()))
                .isInstanceOfSatisfying(SwfFault.class, e -> assertThat(e.type()).isEqualTo(FaultType.UnknownResourceFault));
        DecisionTask retry = f.pollDecision();
        assertThat(retry.startedEventId()).isEqualTo(6);
        assertThat(retry.previousStartedEventId()).isEqualTo(0L);
    }

    @Test
    void scheduleToStartAppliesWhenTheDeciderAskedForIt() {
        WorkflowExecution run = f.start("wf");
        TaskList other = new TaskList("other-decisions");
        f.swf.respondDecisionTaskCompleted(RespondDecisionTaskCompletedRequest.builder().taskToken(f.pollDecision().taskToken())
                .decisions(List.of()).taskList(other).taskListScheduleToStartTimeout(Timeout.ofSeconds(5)).build());
        f.pollDecisionAfterSignalNoPoll(run);
        HistoryEvent scheduled = f.last(run);
        assertThat(scheduled.attributes()).isEqualTo(new DecisionTaskScheduled(Timeout.ofSeconds(5), Timeout.ofSeconds(30),
                other, "0"));
        f.clock.advance(Duration.ofSeconds(5));
        assertThat(f.event(run, scheduled.eventId() + 1).attributes())
                .isEqualTo(new DecisionTaskTimedOut(scheduled.eventId(), 0, DecisionTaskTimeoutType.SCHEDULE_TO_START));
    }

    @Test
    void aTemporaryTaskListOverrideRevertsToTheOriginalListAfterAScheduleToStartTimeout() {
        WorkflowExecution run = f.start("wf");
        TaskList other = new TaskList("other-decisions");
        f.swf.respondDecisionTaskCompleted(RespondDecisionTaskCompletedRequest.builder().taskToken(f.pollDecision().taskToken())
                .decisions(List.of()).taskList(other).taskListScheduleToStartTimeout(Timeout.ofSeconds(5)).build());
        f.pollDecisionAfterSignalNoPoll(run);
        long timedOut = f.last(run).eventId() + 1;
        f.clock.advance(Duration.ofSeconds(5));
        assertThat(f.event(run, timedOut).eventType()).isEqualTo(EventType.DecisionTaskTimedOut);
        assertThat(f.event(run, timedOut + 1).attributes())
                .isEqualTo(new DecisionTaskScheduled(null, Timeout.ofSeconds(30), DECISIONS, "0"));
        f.clock.advance(Duration.ofSeconds(5));
        assertThat(f.history(run)).hasSize((int) timedOut + 1);
        assertThat(f.pollDecision().taskToken()).isNotNull();
    }

    @Test
    void aTemporaryTaskListOverrideRevertsAfterAStartToCloseTimeoutOnIt() {
        WorkflowExecution run = f.start("wf");
        TaskList other = new TaskList("other-decisions");
        f.swf.respondDecisionTaskCompleted(RespondDecisionTaskCompletedRequest.builder().taskToken(f.pollDecision().taskToken())
                .decisions(List.of()).taskList(other).taskListScheduleToStartTimeout(Timeout.ofSeconds(5)).build());
        f.pollDecisionAfterSignalNoPoll(run);
        assertThat(f.pollDecision(PollForDecisionTaskRequest.builder().domain(DOMAIN).taskList(other)).taskToken()).isNotNull();
        f.clock.advance(Duration.ofSeconds(30));
        assertThat(f.last(run).attributes()).isEqualTo(new DecisionTaskScheduled(null, Timeout.ofSeconds(30), DECISIONS, "0"));
    }

    @Test
    void aPermanentTaskListOverrideStaysAfterATimeout() {
        WorkflowExecution run = f.start("wf");
        TaskList other = new TaskList("other-decisions");
        f.swf.respondDecisionTaskCompleted(RespondDecisionTaskCompletedRequest.builder().taskToken(f.pollDecision().taskToken())
                .decisions(List.of()).taskList(other).build());
        f.pollDecisionAfterSignalNoPoll(run);
        assertThat(f.pollDecision(PollForDecisionTaskRequest.builder().domain(DOMAIN).taskList(other)).taskToken()).isNotNull();
        f.clock.advance(Duration.ofSeconds(30));
        assertThat(f.last(run).attributes()).isEqualTo(new DecisionTaskScheduled(null, Timeout.ofSeconds(30), other, "0"));
    }
}
