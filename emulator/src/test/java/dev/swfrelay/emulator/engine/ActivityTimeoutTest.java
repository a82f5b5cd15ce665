package dev.swfrelay.emulator.engine;

import static dev.swfrelay.emulator.engine.EngineFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.swfrelay.core.api.RecordActivityTaskHeartbeatRequest;
import dev.swfrelay.core.model.*;
import dev.swfrelay.core.model.event.ActivityTaskTimedOut;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ActivityTimeoutTest {

    private final EngineFixture f = new EngineFixture();

    @AfterEach
    void close() {
        f.close();
    }

    private WorkflowExecution schedule(Timeout toStart, Timeout toClose, Timeout startToClose, Timeout heartbeat) {
        WorkflowExecution run = f.start("wf");
        f.decide(f.pollDecision().taskToken(), activity("a").toBuilder().scheduleToStartTimeout(toStart)
                .scheduleToCloseTimeout(toClose).startToCloseTimeout(startToClose).heartbeatTimeout(heartbeat).build());
        return run;
    }

    private HistoryEvent timedOut(WorkflowExecution run) {
        return f.history(run).stream().filter(e -> e.eventType() == EventType.ActivityTaskTimedOut).findFirst()
                .orElseThrow();
    }

    @Test
    void scheduleToStartFiresWhenNobodyPolls() {
        WorkflowExecution run = schedule(Timeout.ofSeconds(10), Timeout.ofSeconds(100), Timeout.ofSeconds(50), Timeout.NONE);
        f.clock.advance(Duration.ofSeconds(9));
        assertThat(f.types(run)).doesNotContain(EventType.ActivityTaskTimedOut);
        f.clock.advance(Duration.ofSeconds(5));
        HistoryEvent event = timedOut(run);
        assertThat(event.attributes()).isEqualTo(new ActivityTaskTimedOut(null, 5, 0, ActivityTaskTimeoutType.SCHEDULE_TO_START));
        assertThat(event.eventTimestamp()).isEqualTo(T0.plusSeconds(10));
        assertThat(f.last(run).eventType()).isEqualTo(EventType.DecisionTaskScheduled);
        assertThat(f.pollActivityOrNull()).isNull();
    }

    @Test
    void startToCloseFiresAfterStartAndTheTokenDies() {
        WorkflowExecution run = schedule(Timeout.ofSeconds(10), Timeout.ofSeconds(100), Timeout.ofSeconds(20), Timeout.NONE);
        f.clock.advance(Duration.ofSeconds(5));
        ActivityTask task = f.pollActivity();
        f.clock.advance(Duration.ofSeconds(20));
        HistoryEvent event = timedOut(run);
        assertThat(event.attributes()).isEqualTo(new ActivityTaskTimedOut(null, 5, 6, ActivityTaskTimeoutType.START_TO_CLOSE));
        assertThat(event.eventTimestamp()).isEqualTo(T0.plusSeconds(25));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> f.completeActivity(task.taskToken(), "late"))
                .isInstanceOfSatisfying(SwfFault.class, e -> assertThat(e.type()).isEqualTo(FaultType.UnknownResourceFault));
    }

    @Test
    void scheduleToCloseCoversQueueAndRun() {
        WorkflowExecution run = schedule(Timeout.ofSeconds(30), Timeout.ofSeconds(40), Timeout.ofSeconds(30), Timeout.NONE);
        f.clock.advance(Duration.ofSeconds(20));
        f.pollActivity();
        f.clock.advance(Duration.ofSeconds(25));
        HistoryEvent event = timedOut(run);
        assertThat(event.attributes()).isEqualTo(new ActivityTaskTimedOut(null, 5, 6, ActivityTaskTimeoutType.SCHEDULE_TO_CLOSE));
        assertThat(event.eventTimestamp()).isEqualTo(T0.plusSeconds(40));
    }

    @Test
    void heartbeatTimeoutRestartsOnEachHeartbeatAndKeepsTheLastDetails() {
        WorkflowExecution run = schedule(Timeout.ofSeconds(30), Timeout.ofSeconds(1000), Timeout.ofSeconds(500),
                Timeout.ofSeconds(10));
        ActivityTask task = f.pollActivity();
        for (int i = 0; i < 3; i++) {
            f.clock.advance(Duration.ofSeconds(8));
            f.swf.recordActivityTaskHeartbeat(new RecordActivityTaskHeartbeatRequest("beat-" + i, task.taskToken()));
        }
        assertThat(f.types(run)).doesNotContain(EventType.ActivityTaskTimedOut);
        f.clock.advance(Duration.ofSeconds(11));
        HistoryEvent event = timedOut(run);
        assertThat(event.attributes()).isEqualTo(new ActivityTaskTimedOut("beat-2", 5, 6, ActivityTaskTimeoutType.HEARTBEAT));
        assertThat(event.eventTimestamp()).isEqualTo(T0.plusSeconds(34));
    }

    @Test
    void theTimedOutEventCarriesTheLastHeartbeatsDetailsEvenWhenItHadNone() {
        WorkflowExecution run = schedule(Timeout.ofSeconds(30), Timeout.ofSeconds(1000), Timeout.ofSeconds(500),
                Timeout.ofSeconds(10));
        ActivityTask task = f.pollActivity();
        f.swf.recordActivityTaskHeartbeat(new RecordActivityTaskHeartbeatRequest("half way", task.taskToken()));
        f.swf.recordActivityTaskHeartbeat(new RecordActivityTaskHeartbeatRequest(null, task.taskToken()));
        f.clock.advance(Duration.ofSeconds(10));
        assertThat(timedOut(run).attributes()).isEqualTo(new ActivityTaskTimedOut(null, 5, 6, ActivityTaskTimeoutType.HEARTBEAT));
    }
}
