package dev.swfrelay.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.swfrelay.core.api.*;
import dev.swfrelay.core.model.*;
import dev.swfrelay.core.model.decision.StartTimer;
import dev.swfrelay.emulator.engine.clock.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SwfEmulatorTest {

    private static void setUp(SwfService swf) {
        swf.registerDomain(RegisterDomainRequest.builder().name("d").workflowExecutionRetentionPeriodInDays("1").build());
        swf.registerWorkflowType(RegisterWorkflowTypeRequest.builder().domain("d").name("w").version("1")
                .defaultTaskList(new TaskList("t")).defaultChildPolicy(ChildPolicy.ABANDON)
                .defaultExecutionStartToCloseTimeout(Timeout.ofSeconds(86_400 * 3))
                .defaultTaskStartToCloseTimeout(Timeout.ofSeconds(60)).build());
    }

    private static StartWorkflowExecutionRequest start(String id) {
        return StartWorkflowExecutionRequest.builder().domain("d").workflowId(id).workflowType(new WorkflowType("w", "1")).build();
    }

    private static DecisionTask poll(SwfService swf) throws Exception {
        return swf.pollForDecisionTask(PollForDecisionTaskRequest.builder().domain("d").taskList(new TaskList("t"))
                .identity("x").build()).get(10, TimeUnit.SECONDS);
    }

    @Test
    void regionsSharingOneClockKeepTheirOwnStateAndAdvanceTogether() throws Exception {
        VirtualClock clock = VirtualClock.frozenAt(Instant.parse("2015-01-01T00:00:00Z"));
        try (SwfEmulator east = SwfEmulator.builder().clock(clock).region("us-east-1").pollHold(Duration.ofMillis(100)).build();
             SwfEmulator west = SwfEmulator.builder().clock(clock).region("us-west-2").pollHold(Duration.ofMillis(100)).build()) {
            setUp(east.service());
            assertThatThrownBy(() -> west.service().describeDomain(new DescribeDomainRequest("d")))
                    .isInstanceOfSatisfying(SwfFault.class, e -> assertThat(e.type()).isEqualTo(FaultType.UnknownResourceFault));
            setUp(west.service());
            assertThat(west.service().describeDomain(new DescribeDomainRequest("d")).domainInfo().arn())
                    .isEqualTo("arn:aws:swf:us-west-2:123456789012:/domain/d");
            Run eastRun = east.service().startWorkflowExecution(start("a"));
            Run westRun = west.service().startWorkflowExecution(start("a"));
            clock.autoAdvance(true);
            east.service().respondDecisionTaskCompleted(RespondDecisionTaskCompletedRequest.builder()
                    .taskToken(poll(east.service()).taskToken())
                    .decisions(List.of(new StartTimer(null, Timeout.ofSeconds(3600), "t"))).build());
            assertThat(clock.now()).isEqualTo(Instant.parse("2015-01-01T00:00:00Z"));
            west.service().respondDecisionTaskCompleted(RespondDecisionTaskCompletedRequest.builder()
                    .taskToken(poll(west.service()).taskToken())
                    .decisions(List.of(new StartTimer(null, Timeout.ofSeconds(7200), "t"))).build());
            assertThat(clock.now()).isEqualTo(Instant.parse("2015-01-01T01:00:00Z"));
            assertThat(poll(east.service()).workflowExecution().runId()).isEqualTo(eastRun.runId());
            assertThat(westRun.runId()).isNotEqualTo(eastRun.runId());
        }
    }

    @Test
    void timersFireInRealTimeOnTheSystemClock() throws Exception {
        try (SwfEmulator swf = SwfEmulator.builder().pollHold(Duration.ofSeconds(5)).build()) {
            setUp(swf.service());
            swf.service().startWorkflowExecution(start("rt"));
            swf.service().respondDecisionTaskCompleted(RespondDecisionTaskCompletedRequest.builder()
                    .taskToken(poll(swf.service()).taskToken())
                    .decisions(List.of(new StartTimer(null, Timeout.ofSeconds(1), "t"))).build());
            DecisionTask afterTimer = poll(swf.service());
            assertThat(afterTimer.events()).extracting(HistoryEvent::eventType).contains(EventType.TimerFired);
        }
    }

    @Test
    void resetForgetsEverything() {
        try (SwfEmulator swf = SwfEmulator.builder().clock(VirtualClock.frozenAt(Instant.EPOCH)).build()) {
            setUp(swf.service());
            swf.service().startWorkflowExecution(start("x"));
            assertThat(swf.clock().pendingDeadlines()).isEqualTo(1);
            swf.reset();
            assertThat(swf.clock().pendingDeadlines()).isZero();
            assertThat(swf.service().listDomains(ListDomainsRequest.builder()
                    .registrationStatus(RegistrationStatus.REGISTERED).build()).domainInfos()).isEmpty();
            setUp(swf.service());
            swf.service().startWorkflowExecution(start("x"));
            await().atMost(1, TimeUnit.SECONDS).until(() -> swf.service().countPendingDecisionTasks(
                    new CountPendingDecisionTasksRequest("d", new TaskList("t"))).count() == 1);
        }
    }
}
