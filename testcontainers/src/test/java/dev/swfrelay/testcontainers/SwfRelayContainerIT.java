package dev.swfrelay.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.Ports;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.Decision;
import software.amazon.awssdk.services.swf.model.PollForDecisionTaskResponse;
import software.amazon.awssdk.services.swf.model.DecisionType;
import software.amazon.awssdk.services.swf.model.EventType;
import software.amazon.awssdk.services.swf.model.HistoryEvent;
import software.amazon.awssdk.services.swf.model.RegistrationStatus;

/** One container for the class, as {@code @Container} on a static field gives; reset before each test. */
@ExtendWith(DockerEngineAvailable.class)
@Testcontainers
class SwfRelayContainerIT {

    private static final Instant T0 = Instant.parse("2015-01-01T00:00:00Z");

    @Container
    static final SwfRelayContainer SWF = TestImage.container().withPollHold(Duration.ofSeconds(5));

    @BeforeEach
    void clean() {
        SWF.reset();
    }

    @Test
    void aThenBRunsThroughTheContainerWithSdkV2() {
        try (SwfClient swf = SWF.swfClient()) {
            AThenB flow = new AThenB(swf);
            flow.register();

            List<HistoryEvent> history = flow.run("job-1", "in");

            assertThat(history).filteredOn(e -> e.eventType() == EventType.ACTIVITY_TASK_SCHEDULED)
                    .extracting(e -> e.activityTaskScheduledEventAttributes().taskList().name())
                    .containsExactly("a_tasks", "b_tasks");
            HistoryEvent last = history.get(history.size() - 1);
            assertThat(last.eventType()).isEqualTo(EventType.WORKFLOW_EXECUTION_COMPLETED);
            assertThat(last.workflowExecutionCompletedEventAttributes().result()).isEqualTo("B(A(in))");
            for (String list : List.of("a_tasks", "b_tasks")) {
                assertThat(swf.countPendingActivityTasks(r -> r.domain(AThenB.DOMAIN).taskList(AThenB.list(list))).count())
                        .as("tasks left on %s", list).isZero();
            }
        }
    }

    @Test
    void aFrozenClockAdvancedToATimersDeadlineFiresIt() {
        SWF.freezeClockAt(T0);
        try (SwfClient swf = SWF.swfClient()) {
            AThenB flow = new AThenB(swf);
            flow.register();
            flow.start("timed", "in");
            flow.respond(flow.pollDecision(), Decision.builder().decisionType(DecisionType.START_TIMER)
                    .startTimerDecisionAttributes(t -> t.timerId("wait").startToFireTimeout("3600")).build());

            SWF.advanceClock(Duration.ofMinutes(59));
            assertThat(pendingDecisions(swf)).as("decision tasks before the deadline").isZero();
            SWF.advanceClock(Duration.ofMinutes(1));
            assertThat(pendingDecisions(swf)).as("decision tasks at the deadline").isEqualTo(1);

            PollForDecisionTaskResponse task = flow.pollDecision();
            assertThat(task.events()).filteredOn(e -> e.eventType() == EventType.TIMER_FIRED)
                    .singleElement().satisfies(e -> {
                        assertThat(e.timerFiredEventAttributes().timerId()).isEqualTo("wait");
                        assertThat(e.eventTimestamp()).isEqualTo(T0.plus(Duration.ofHours(1)));
                    });
            assertThat(SWF.clockTime()).isEqualTo(T0.plus(Duration.ofHours(1)));
        }
    }

    @Test
    void resetForgetsEveryDomain() {
        try (SwfClient swf = SWF.swfClient()) {
            swf.registerDomain(r -> r.name("kept?").workflowExecutionRetentionPeriodInDays("1"));
            assertThat(registeredDomains(swf)).containsExactly("kept?");

            SWF.reset();

            assertThat(registeredDomains(swf)).isEmpty();
            swf.registerDomain(r -> r.name("kept?").workflowExecutionRetentionPeriodInDays("1"));
            assertThat(registeredDomains(swf)).containsExactly("kept?");
        }
    }

    @Test
    void boto3RunsAThenBFromTheHost(@TempDir Path tmp) throws Exception {
        assumeTrue(Commands.succeeds("python3", "-c", "import boto3"),
                "python3 with boto3 is not installed (apt-get install python3-boto3): boto3 test skipped");

        Commands.Result boto3 = Commands.boto3AThenB(tmp, SWF.getEndpoint().toString());

        assertThat(boto3.exit()).as(boto3.output()).isZero();
        assertThat(boto3.output()).contains("completed B(A(in))");
    }

    @Test
    void thePortIsPublishedOnLoopbackOnly() {
        Ports.Binding[] bindings = SWF.getContainerInfo().getNetworkSettings().getPorts().getBindings()
                .get(ExposedPort.tcp(SwfRelayContainer.PORT));

        assertThat(bindings).isNotEmpty().allSatisfy(b -> assertThat(b.getHostIp()).isEqualTo("127.0.0.1"));
        assertThat(SWF.getEndpoint().toString()).isEqualTo("http://127.0.0.1:" + SWF.getMappedPort(SwfRelayContainer.PORT));
    }

    private static int pendingDecisions(SwfClient swf) {
        return swf.countPendingDecisionTasks(r -> r.domain(AThenB.DOMAIN).taskList(AThenB.list("decisions"))).count();
    }

    static List<String> registeredDomains(SwfClient swf) {
        return swf.listDomains(r -> r.registrationStatus(RegistrationStatus.REGISTERED)).domainInfos().stream()
                .map(d -> d.name()).toList();
    }
}
