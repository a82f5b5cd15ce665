package dev.swfrelay.emulator.http;

import dev.swfrelay.emulator.SwfEmulatorServer;
import dev.swfrelay.emulator.http.auth.AccountKey;
import dev.swfrelay.emulator.http.auth.AccountKeys;
import static dev.swfrelay.emulator.http.SeedFlowOverHttpTest.A;
import static dev.swfrelay.emulator.http.SeedFlowOverHttpTest.DOMAIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.swfrelay.emulator.engine.clock.VirtualClock;
import dev.swfrelay.emulator.journal.CorruptJournalException;
import dev.swfrelay.emulator.journal.Journal;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.ActivityTaskTimeoutType;
import software.amazon.awssdk.services.swf.model.Decision;
import software.amazon.awssdk.services.swf.model.DecisionType;
import software.amazon.awssdk.services.swf.model.EventType;
import software.amazon.awssdk.services.swf.model.HistoryEvent;
import software.amazon.awssdk.services.swf.model.PollForActivityTaskResponse;
import software.amazon.awssdk.services.swf.model.PollForDecisionTaskResponse;
import software.amazon.awssdk.services.swf.model.WorkflowExecution;

/** {@code serve --data}: a server restarted on the same data folder has all it had, tokens and deadlines included. */
class DurableServerTest {

    private static final Instant T0 = Instant.parse("2015-01-01T00:00:00Z");

    @TempDir
    Path data;

    private final VirtualClock clock = VirtualClock.frozenAt(T0);

    private SwfEmulatorServer server() {
        return SwfEmulatorServer.builder().clock(clock).dataDir(data).pollHold(Duration.ofSeconds(1)).build().start();
    }

    /** Runs {@code body} against a server on the data folder, then closes it. */
    private <T> T withServer(Function<SwfClient, T> body) {
        try (SwfEmulatorServer server = server(); SwfClient swf = SdkClients.sdk(server.uri(), "us-east-1")) {
            return body.apply(swf);
        }
    }

    @Test
    void aRestartRestoresDomainsTypesTagsExecutionsAndHistoriesExactly() {
        String[] closedRun = new String[1];
        String[] openRun = new String[1];
        List<Object> before = withServer(swf -> {
            SeedFlowOverHttpTest.register(swf);
            String arn = swf.describeDomain(r -> r.name(DOMAIN)).domainInfo().arn();
            swf.tagResource(r -> r.resourceArn(arn).tags(t -> t.key("team").value("ops"), t -> t.key("tier").value("1")));
            swf.untagResource(r -> r.resourceArn(arn).tagKeys("tier"));
            clock.advance(Duration.ofSeconds(5));
            swf.deprecateActivityType(r -> r.domain(DOMAIN).activityType(SeedFlowOverHttpTest.B));
            String closed = SeedFlowOverHttpTest.start(swf, "job-closed").runId();
            SeedFlowOverHttpTest.decideOnce(swf);
            SeedFlowOverHttpTest.work(swf, "a_tasks", "+A");
            SeedFlowOverHttpTest.decideOnce(swf);
            swf.terminateWorkflowExecution(r -> r.domain(DOMAIN).workflowId("job-closed").reason("done"));
            String open = SeedFlowOverHttpTest.start(swf, "job-open").runId();
            swf.signalWorkflowExecution(r -> r.domain(DOMAIN).workflowId("job-open").signalName("go").input("x"));
            closedRun[0] = closed;
            openRun[0] = open;
            return snapshot(swf, arn, closed, open);
        });

        List<Object> after = withServer(swf -> snapshot(swf, swf.describeDomain(r -> r.name(DOMAIN)).domainInfo().arn(),
                closedRun[0], openRun[0]));

        assertThat(after).isEqualTo(before);
        assertThat(before.get(3).toString()).contains("team").doesNotContain("tier");
    }

    private static List<Object> snapshot(SwfClient swf, String arn, String closedRun, String openRun) {
        WorkflowExecution closed = WorkflowExecution.builder().workflowId("job-closed").runId(closedRun).build();
        WorkflowExecution open = WorkflowExecution.builder().workflowId("job-open").runId(openRun).build();
        return Stream.of(
                swf.listDomains(r -> r.registrationStatus("REGISTERED")),
                swf.listActivityTypes(r -> r.domain(DOMAIN).registrationStatus("DEPRECATED")),
                swf.describeWorkflowType(r -> r.domain(DOMAIN).workflowType(SeedFlowOverHttpTest.FLOW)),
                swf.listTagsForResource(r -> r.resourceArn(arn)),
                swf.getWorkflowExecutionHistory(r -> r.domain(DOMAIN).execution(closed)).events(),
                closed,
                swf.getWorkflowExecutionHistory(r -> r.domain(DOMAIN).execution(open)).events(),
                open,
                swf.describeWorkflowExecution(r -> r.domain(DOMAIN).execution(open)),
                swf.countPendingDecisionTasks(r -> r.domain(DOMAIN).taskList(t -> t.name("decisions"))).count(),
                swf.listClosedWorkflowExecutions(r -> r.domain(DOMAIN).startTimeFilter(f -> f.oldestDate(T0))))
                .map(answer -> (Object) answer.toString()).toList();
    }

    @Test
    void aTaskTokenIssuedBeforeARestartCompletesItsTaskAfterIt() {
        String[] token = new String[2];
        withServer(swf -> {
            SeedFlowOverHttpTest.register(swf);
            token[0] = SeedFlowOverHttpTest.start(swf, "job-1").runId();
            SeedFlowOverHttpTest.decideOnce(swf);
            token[1] = pollA(swf).taskToken();
            return null;
        });

        List<HistoryEvent> history = withServer(swf -> {
            swf.respondActivityTaskCompleted(r -> r.taskToken(token[1]).result("done after restart"));
            return history(swf, "job-1", token[0]);
        });

        assertThat(history).extracting(HistoryEvent::eventType).endsWith(EventType.ACTIVITY_TASK_STARTED,
                EventType.ACTIVITY_TASK_COMPLETED, EventType.DECISION_TASK_SCHEDULED);
        assertThat(history.get(history.size() - 2).activityTaskCompletedEventAttributes().result())
                .isEqualTo("done after restart");
    }

    @Test
    void aStartedActivityTimesOutAfterARestartAtItsOriginalDeadline() {
        String[] run = new String[1];
        Instant started = withServer(swf -> {
            SeedFlowOverHttpTest.register(swf);
            run[0] = SeedFlowOverHttpTest.start(swf, "job-1").runId();
            SeedFlowOverHttpTest.decideOnce(swf);
            clock.advance(Duration.ofSeconds(7));
            pollA(swf);
            return clock.now();
        });
        clock.advance(Duration.ofSeconds(100));

        List<HistoryEvent> history = withServer(swf -> {
            clock.advance(Duration.ofSeconds(199));
            assertThat(history(swf, "job-1", run[0])).extracting(HistoryEvent::eventType)
                    .doesNotContain(EventType.ACTIVITY_TASK_TIMED_OUT);
            clock.advance(Duration.ofSeconds(2));
            return history(swf, "job-1", run[0]);
        });

        HistoryEvent timedOut = history.stream().filter(e -> e.eventType() == EventType.ACTIVITY_TASK_TIMED_OUT)
                .findFirst().orElseThrow();
        assertThat(timedOut.activityTaskTimedOutEventAttributes().timeoutType())
                .isEqualTo(ActivityTaskTimeoutType.START_TO_CLOSE);
        assertThat(timedOut.eventTimestamp()).isEqualTo(started.plusSeconds(300));
    }

    @Test
    void timersFireAtTheirOriginalDeadlinesAndThoseDueWhileDownFireAtStartInDeadlineOrder() {
        String[] run = new String[1];
        withServer(swf -> {
            SeedFlowOverHttpTest.register(swf);
            run[0] = SeedFlowOverHttpTest.start(swf, "job-1").runId();
            PollForDecisionTaskResponse task = swf.pollForDecisionTask(r -> r.domain(DOMAIN)
                    .taskList(t -> t.name("decisions")).identity("decider"));
            swf.respondDecisionTaskCompleted(r -> r.taskToken(task.taskToken())
                    .decisions(timer("late-second", 200), timer("late-first", 100), timer("on-time", 500)));
            return null;
        });
        clock.advance(Duration.ofSeconds(300));

        List<HistoryEvent> history = withServer(swf -> {
            List<HistoryEvent> atStart = history(swf, "job-1", run[0]);
            assertThat(fired(atStart)).containsExactly("late-first@100", "late-second@200");
            clock.advance(Duration.ofSeconds(199));
            assertThat(fired(history(swf, "job-1", run[0]))).hasSize(2);
            clock.advance(Duration.ofSeconds(1));
            return history(swf, "job-1", run[0]);
        });

        assertThat(fired(history)).containsExactly("late-first@100", "late-second@200", "on-time@500");
    }

    @Test
    void aTornLastRecordIsDroppedAndEverythingBeforeItKept() throws IOException {
        Path journal = registeredJournal();
        byte[] file = Files.readAllBytes(journal);
        java.nio.ByteBuffer records = java.nio.ByteBuffer.wrap(file);
        int whole = 0;
        while (whole < file.length && records.getInt(whole) > 0) {
            whole += 12 + records.getInt(whole);
        }
        int firstRecord = 12 + records.getInt(0);
        try (RandomAccessFile raw = new RandomAccessFile(journal.toFile(), "rw")) {
            raw.seek(whole);
            raw.write(file, 0, firstRecord - 5);
        }

        String described = withServer(swf -> swf.describeActivityType(r -> r.domain(DOMAIN).activityType(A))
                .typeInfo().activityType().name());

        assertThat(described).isEqualTo("script-a");
        assertThat(Files.size(journal)).as("the torn record is cut off").isEqualTo(whole);
    }

    @Test
    void aDamagedRecordBeforeTheLastRefusesToStartNamingTheFileAndThePosition() throws IOException {
        Path journal = registeredJournal();
        long firstLength;
        try (RandomAccessFile file = new RandomAccessFile(journal.toFile(), "rw")) {
            firstLength = file.readInt();
            long secondRecord = 12 + firstLength;
            file.seek(secondRecord + 12 + 3);
            int b = file.read();
            file.seek(secondRecord + 12 + 3);
            file.write(b ^ 0x20);
        }
        long position = 12 + firstLength;

        assertThatThrownBy(this::server).isInstanceOf(CorruptJournalException.class)
                .hasMessageContaining(journal.toString()).hasMessageContaining("at byte " + position)
                .hasMessageContaining("refusing to start");
    }

    /** The journal of a server that registered the seed's domain and types, then closed. */
    private Path registeredJournal() {
        withServer(swf -> {
            SeedFlowOverHttpTest.register(swf);
            return null;
        });
        return data.resolve("journal-0000000001.log");
    }

    private static Decision timer(String id, int seconds) {
        return Decision.builder().decisionType(DecisionType.START_TIMER)
                .startTimerDecisionAttributes(t -> t.timerId(id).startToFireTimeout(String.valueOf(seconds))).build();
    }

    private static List<String> fired(List<HistoryEvent> history) {
        return history.stream().filter(e -> e.eventType() == EventType.TIMER_FIRED)
                .map(e -> e.timerFiredEventAttributes().timerId() + "@"
                        + Duration.between(T0, e.eventTimestamp()).toSeconds())
                .toList();
    }

    private static PollForActivityTaskResponse pollA(SwfClient swf) {
        PollForActivityTaskResponse task = swf.pollForActivityTask(r -> r.domain(DOMAIN).taskList(t -> t.name("a_tasks"))
                .identity("worker-a"));
        assertThat(task.taskToken()).as("an activity task").isNotNull();
        return task;
    }

    private static List<HistoryEvent> history(SwfClient swf, String workflowId, String runId) {
        return swf.getWorkflowExecutionHistory(r -> r.domain(DOMAIN)
                .execution(e -> e.workflowId(workflowId).runId(runId))).events();
    }

    @Test
    void aGuardedServerRestoresEachAccountsStateInItsOwnAccount() {
        AccountKeys keys = AccountKeys.of(new AccountKey(GuardedServerTest.ALPHA, GuardedServerTest.ALPHA_SECRET, "111111111111"),
                new AccountKey(GuardedServerTest.BETA, GuardedServerTest.BETA_SECRET, "222222222222"));
        for (int life = 0; life < 2; life++) {
            try (SwfEmulatorServer server = SwfEmulatorServer.builder().clock(clock).dataDir(data).credentials(keys)
                         .pollHold(Duration.ofSeconds(1)).build().start();
                 SwfClient alpha = SignedClients.client(server.uri(), GuardedServerTest.ALPHA,
                         GuardedServerTest.ALPHA_SECRET, "us-east-1");
                 SwfClient beta = SignedClients.client(server.uri(), GuardedServerTest.BETA,
                         GuardedServerTest.BETA_SECRET, "us-east-1")) {
                if (life == 0) {
                    alpha.registerDomain(r -> r.name("alphas").workflowExecutionRetentionPeriodInDays("1"));
                    beta.registerDomain(r -> r.name("betas").workflowExecutionRetentionPeriodInDays("1"));
                }
                assertThat(GuardedServerTest.domains(alpha)).containsExactly("alphas");
                assertThat(GuardedServerTest.domains(beta)).containsExactly("betas");
                assertThat(alpha.describeDomain(r -> r.name("alphas")).domainInfo().arn()).contains(":111111111111:");
            }
        }
    }
}
