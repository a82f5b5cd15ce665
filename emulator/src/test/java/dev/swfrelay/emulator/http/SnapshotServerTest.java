package dev.swfrelay.emulator.http;

import dev.swfrelay.emulator.SwfEmulatorServer;
import static dev.swfrelay.emulator.http.SeedFlowOverHttpTest.DOMAIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.swfrelay.emulator.engine.clock.VirtualClock;
import java.io.IOException;
import java.net.http.HttpRequest;
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
import software.amazon.awssdk.services.swf.model.UnknownResourceException;
import software.amazon.awssdk.services.swf.model.WorkflowExecution;

/**
 * {@code serve --data} with snapshots: a restart reads the newest snapshot and the journal after it and has all it had;
 * closed runs past retention leave memory and disk; the clock set through {@code /_relay/clock} survives a restart;
 * a snapshot a crash cut short is ignored, and a journal of the earlier single-file layout still opens.
 */
class SnapshotServerTest {

    private static final Instant T0 = Instant.parse("2015-01-01T00:00:00Z");

    @TempDir
    Path data;

    private final VirtualClock clock = VirtualClock.frozenAt(T0);

    private <T> T withServer(Function<SwfEmulatorServer, T> body) {
        try (SwfEmulatorServer server = SwfEmulatorServer.builder().clock(clock).dataDir(data)
                .pollHold(Duration.ofSeconds(1)).build().start()) {
            return body.apply(server);
        }
    }

    private static <T> T sdk(SwfEmulatorServer server, Function<SwfClient, T> body) {
        try (SwfClient swf = SdkClients.sdk(server.uri(), "us-east-1")) {
            return body.apply(swf);
        }
    }

    private static RawHttp.Answer admin(SwfEmulatorServer server, String route, String body) {
        return new RawHttp(server.uri()).send(HttpRequest.newBuilder(server.uri().resolve("/_relay/" + route))
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    @Test
    void aRestartReadsTheSnapshotAndTheJournalAfterItAndAHeldTokenStillAnswers() throws IOException {
        String[] run = new String[2];
        List<Object> before = withServer(server -> sdk(server, swf -> {
            SeedFlowOverHttpTest.register(swf);
            for (int i = 0; i < 5; i++) {
                SeedFlowOverHttpTest.start(swf, "done-" + i);
                SeedFlowOverHttpTest.decideOnce(swf);
                SeedFlowOverHttpTest.work(swf, "a_tasks", "+A");
                SeedFlowOverHttpTest.decideOnce(swf);
                SeedFlowOverHttpTest.work(swf, "b_tasks", "+B");
                SeedFlowOverHttpTest.decideOnce(swf);
            }
            run[0] = SeedFlowOverHttpTest.start(swf, "held").runId();
            SeedFlowOverHttpTest.decideOnce(swf);
            run[1] = swf.pollForActivityTask(r -> r.domain(DOMAIN).taskList(t -> t.name("a_tasks")).identity("w"))
                    .taskToken();
            RawHttp.Answer taken = admin(server, "snapshot", "");
            assertThat(taken.status()).as(taken.body()).isEqualTo(200);
            assertThat(taken.json().get("changes").asLong()).isPositive();
            SeedFlowOverHttpTest.start(swf, "after");
            swf.signalWorkflowExecution(r -> r.domain(DOMAIN).workflowId("held").signalName("go").input("x"));
            return view(swf, run[0]);
        }));
        assertThat(files()).anyMatch(f -> f.matches("snapshot-\\d+\\.snap"))
                .doesNotContain("journal-0000000001.log").noneMatch(f -> f.endsWith(".tmp"));

        List<Object> after = withServer(server -> sdk(server, swf -> {
            List<Object> view = view(swf, run[0]);
            swf.respondActivityTaskCompleted(r -> r.taskToken(run[1]).result("done after restart"));
            return view;
        }));

        assertThat(after).isEqualTo(before);
        String history = withServer(server -> sdk(server, swf -> swf.getWorkflowExecutionHistory(r -> r.domain(DOMAIN)
                .execution(e -> e.workflowId("held").runId(run[0]))).events().toString()));
        assertThat(history).contains("done after restart");
    }

    @Test
    void closedRunsPastRetentionLeaveMemoryAndThenDiskAsSwfForgetsThem() throws IOException {
        WorkflowExecution closed = withServer(server -> sdk(server, swf -> {
            SeedFlowOverHttpTest.register(swf);
            String runId = "";
            for (int i = 0; i < 20; i++) {
                String id = "job-" + i;
                runId = SeedFlowOverHttpTest.start(swf, id).runId();
                swf.terminateWorkflowExecution(r -> r.domain(DOMAIN).workflowId(id).reason("done"));
            }
            return WorkflowExecution.builder().workflowId("job-19").runId(runId).build();
        }));
        long full = folderBytes();

        withServer(server -> sdk(server, swf -> {
            assertThat(swf.describeWorkflowExecution(r -> r.domain(DOMAIN).execution(closed)).executionInfo()
                    .closeStatusAsString()).isEqualTo("TERMINATED");
            assertThat(admin(server, "clock", "{\"advance\": \"P2D\"}").status()).isEqualTo(200);
            assertThatThrownBy(() -> swf.describeWorkflowExecution(r -> r.domain(DOMAIN).execution(closed)))
                    .isInstanceOf(UnknownResourceException.class)
                    .hasMessageContaining("Unknown execution: WorkflowExecution=[workflowId=job-19, runId=" + closed.runId());
            assertThat(admin(server, "snapshot", "").status()).isEqualTo(200);
            return null;
        }));

        assertThat(folderBytes()).as("bytes on disk once the closed runs are past retention").isLessThan(full / 4);
        withServer(server -> sdk(server, swf -> {
            assertThat(swf.countClosedWorkflowExecutions(r -> r.domain(DOMAIN).startTimeFilter(f -> f.oldestDate(T0)))
                    .count()).isZero();
            assertThat(swf.describeDomain(r -> r.name(DOMAIN)).configuration().workflowExecutionRetentionPeriodInDays())
                    .isEqualTo("1");
            return null;
        }));
    }

    @Test
    void theClockSetThroughTheAdminRouteSurvivesARestartOfAServerThatOwnsIt() {
        for (int life = 0; life < 2; life++) {
            try (SwfEmulatorServer server = SwfEmulatorServer.builder().dataDir(data).build().start()) {
                if (life == 0) {
                    admin(server, "clock", "{\"time\": \"2030-01-01T00:00:00Z\"}");
                    admin(server, "clock", "{\"advance\": \"PT1H\"}");
                }
                assertThat(server.clock().isFrozen()).as("frozen in life %d", life).isTrue();
                assertThat(server.clock().now()).isEqualTo(Instant.parse("2030-01-01T01:00:00Z"));
            }
        }
        try (SwfEmulatorServer server = SwfEmulatorServer.builder().dataDir(data).build().start()) {
            admin(server, "clock", "{\"release\": true}");
        }
        try (SwfEmulatorServer server = SwfEmulatorServer.builder().dataDir(data).build().start()) {
            assertThat(server.clock().isFrozen()).as("released before the restart").isFalse();
        }
    }

    @Test
    void aSnapshotCutShortIsIgnoredAndAJournalOfTheSingleFileLayoutStillOpens() throws IOException {
        withServer(server -> sdk(server, swf -> {
            SeedFlowOverHttpTest.register(swf);
            return null;
        }));
        Files.move(data.resolve("journal-0000000001.log"), data.resolve("journal.log"));
        Files.write(data.resolve("snapshot-0000000007.snap.tmp"), new byte[] {1, 2, 3});

        withServer(server -> sdk(server, swf -> {
            assertThat(swf.describeDomain(r -> r.name(DOMAIN)).domainInfo().name()).isEqualTo(DOMAIN);
            assertThat(admin(server, "snapshot", "").status()).isEqualTo(200);
            return null;
        }));

        assertThat(files()).noneMatch(f -> f.endsWith(".tmp")).doesNotContain("journal.log")
                .anyMatch(f -> f.matches("snapshot-\\d+\\.snap"));
        String domain = withServer(server -> sdk(server, swf -> swf.describeDomain(r -> r.name(DOMAIN)).domainInfo().name()));
        assertThat(domain).isEqualTo(DOMAIN);
    }

    @Test
    void aServerInMemoryHasNothingToSnapshot() {
        try (SwfEmulatorServer server = SwfEmulatorServer.builder().build().start()) {
            RawHttp.Answer answer = admin(server, "snapshot", "");
            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.message()).contains("serve --data");
        }
    }

    private static List<Object> view(SwfClient swf, String heldRun) {
        return Stream.of(
                swf.listDomains(r -> r.registrationStatus("REGISTERED")),
                swf.listClosedWorkflowExecutions(r -> r.domain(DOMAIN).startTimeFilter(f -> f.oldestDate(T0))),
                swf.listOpenWorkflowExecutions(r -> r.domain(DOMAIN).startTimeFilter(f -> f.oldestDate(T0))),
                swf.getWorkflowExecutionHistory(r -> r.domain(DOMAIN).execution(e -> e.workflowId("held").runId(heldRun)))
                        .events(),
                swf.describeWorkflowExecution(r -> r.domain(DOMAIN).execution(e -> e.workflowId("held").runId(heldRun))),
                swf.countPendingDecisionTasks(r -> r.domain(DOMAIN).taskList(t -> t.name("decisions"))).count(),
                swf.countPendingActivityTasks(r -> r.domain(DOMAIN).taskList(t -> t.name("a_tasks"))).count())
                .map(answer -> (Object) answer.toString()).toList();
    }

    private List<String> files() throws IOException {
        try (Stream<Path> files = Files.list(data)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }

    private long folderBytes() throws IOException {
        try (Stream<Path> files = Files.list(data)) {
            return files.mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
