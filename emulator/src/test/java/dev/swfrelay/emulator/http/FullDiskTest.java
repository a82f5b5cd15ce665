package dev.swfrelay.emulator.http;

import dev.swfrelay.emulator.SwfEmulatorServer;
import static dev.swfrelay.emulator.http.SeedFlowOverHttpTest.DOMAIN;
import static dev.swfrelay.emulator.http.SeedFlowOverHttpTest.FLOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import dev.swfrelay.emulator.engine.clock.VirtualClock;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.retry.RetryPolicy;
import software.amazon.awssdk.core.retry.backoff.FixedDelayBackoffStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.Decision;
import software.amazon.awssdk.services.swf.model.DecisionType;
import software.amazon.awssdk.services.swf.model.EventType;
import software.amazon.awssdk.services.swf.model.ExecutionStatus;
import software.amazon.awssdk.services.swf.model.HistoryEvent;
import software.amazon.awssdk.services.swf.model.PollForDecisionTaskResponse;
import software.amazon.awssdk.services.swf.model.SwfException;
import software.amazon.awssdk.services.swf.model.UnknownResourceException;
import software.amazon.awssdk.services.swf.model.WorkflowExecution;

/**
 * {@code serve --data} on a real, full file system: a small tmpfs mounted for the test (as root; skipped where it
 * cannot be), filled up by a filler file. Changes are refused with a 503 the SDK retries, before they reach the
 * engine; reads go on; what was acknowledged (a change made as the disk filled, a timer that fired meanwhile) is kept;
 * deleting the filler lets changes in again without a restart, and a restart finds it all.
 */
@EnabledOnOs(OS.LINUX)
class FullDiskTest {

    private static final Instant T0 = Instant.parse("2015-01-01T00:00:00Z");
    private static final String TIMERS = "timers";

    @TempDir
    Path scratch;

    private Path disk;
    private final VirtualClock clock = VirtualClock.frozenAt(T0);

    @BeforeEach
    void mountSmallTmpfs() throws Exception {
        disk = Files.createDirectories(scratch.resolve("disk"));
        ProcessOutput mount = run("mount", "-t", "tmpfs", "-o", "size=40m", "swf-relay-full-disk-test", disk.toString());
        assumeThat(mount.code()).as("mounting a 40 MB tmpfs to fill (needs root): %s", mount.text()).isZero();
    }

    @AfterEach
    void unmount() throws Exception {
        if (disk != null && Files.readString(Path.of("/proc/mounts")).contains(" " + disk + " ")) {
            run("umount", disk.toString());
        }
    }

    @Test
    void aFullDiskRefusesChangesWithA503UntilSpaceReturnsWhileReadsGoOnAndNothingAcknowledgedIsLost() throws Exception {
        Path data = disk.resolve("data");
        Path filler = disk.resolve("filler");
        List<WorkflowExecution> duringFill = new ArrayList<>();
        WorkflowExecution timed;
        WorkflowExecution retried;
        try (SwfEmulatorServer server = server(data); SwfClient swf = SdkClients.sdk(server.uri(), "us-east-1")) {
            SeedFlowOverHttpTest.register(swf);
            execution("job-1", SeedFlowOverHttpTest.start(swf, "job-1").runId());
            SeedFlowOverHttpTest.decideOnce(swf);
            timed = execution("timed", swf.startWorkflowExecution(r -> r.domain(DOMAIN).workflowId("timed")
                    .workflowType(FLOW).taskList(t -> t.name(TIMERS))).runId());
            startTimer(swf);

            fill(filler);
            // the journal finds the disk full within a second (its idle check) or at the next change, which it still
            // takes: applied, written into the journal's reserve, acknowledged
            await().atMost(Duration.ofSeconds(10)).until(() -> refusedOrTaken(swf, duringFill));
            assertThat(duringFill).as("changes taken as the disk filled").hasSizeLessThanOrEqualTo(1);

            assertRefused(() -> SeedFlowOverHttpTest.start(swf, "job-3"));
            assertRefused(() -> swf.registerDomain(r -> r.name("other").workflowExecutionRetentionPeriodInDays("1")));
            assertRefused(() -> swf.pollForActivityTask(r -> r.domain(DOMAIN).taskList(t -> t.name("a_tasks"))));
            assertRefused(() -> swf.signalWorkflowExecution(r -> r.domain(DOMAIN).workflowId("job-1").signalName("s")));
            assertRefused(() -> swf.terminateWorkflowExecution(r -> r.domain(DOMAIN).workflowId("job-1")));
            assertThat(post(server.uri().resolve("/_relay/clock"), "{\"advance\":\"PT1H\"}").statusCode()).isEqualTo(503);

            // nothing refused was applied, and every read is served
            assertThatThrownBy(() -> swf.describeWorkflowExecution(r -> r.domain(DOMAIN)
                    .execution(e -> e.workflowId("job-3").runId("none")))).isInstanceOf(UnknownResourceException.class);
            for (WorkflowExecution taken : duringFill) {
                assertThat(swf.getWorkflowExecutionHistory(r -> r.domain(DOMAIN).execution(taken)).events()).hasSize(2);
            }
            assertThat(swf.countOpenWorkflowExecutions(r -> r.domain(DOMAIN).startTimeFilter(f -> f.oldestDate(Instant.EPOCH)))
                    .count()).isEqualTo(2 + duringFill.size());
            assertThat(swf.listOpenWorkflowExecutions(r -> r.domain(DOMAIN).startTimeFilter(f -> f.oldestDate(Instant.EPOCH))
                    .executionFilter(f -> f.workflowId("job-1"))).executionInfos()).hasSize(1);
            assertThat(swf.listDomains(r -> r.registrationStatus("REGISTERED")).domainInfos()).hasSize(1);
            assertThat(swf.describeDomain(r -> r.name(DOMAIN)).domainInfo().name()).isEqualTo(DOMAIN);
            assertThat(swf.listWorkflowTypes(r -> r.domain(DOMAIN).registrationStatus("REGISTERED")).typeInfos()).hasSize(1);
            assertThat(swf.describeActivityType(r -> r.domain(DOMAIN).activityType(SeedFlowOverHttpTest.A)).typeInfo())
                    .isNotNull();
            assertThat(swf.countPendingActivityTasks(r -> r.domain(DOMAIN).taskList(t -> t.name("a_tasks"))).count())
                    .isEqualTo(1);
            assertThat(swf.describeWorkflowExecution(r -> r.domain(DOMAIN).execution(timed)).executionInfo()
                    .executionStatus()).isEqualTo(ExecutionStatus.OPEN);

            // a timer fires inside the engine meanwhile: its events go into the reserve
            clock.advance(Duration.ofSeconds(30));
            assertThat(types(swf, timed)).contains(EventType.TIMER_FIRED);

            AtomicInteger refusals = new AtomicInteger();
            try (SwfClient patient = retryingSdk(server.uri(), refusals)) {
                CompletableFuture<String> start = CompletableFuture.supplyAsync(
                        () -> SeedFlowOverHttpTest.start(patient, "job-3").runId());
                await().atMost(Duration.ofSeconds(20)).until(() -> refusals.get() >= 2);
                assertThat(start).isNotDone();

                Files.delete(filler);
                retried = execution("job-3", start.get(30, TimeUnit.SECONDS));
            }
            assertThat(refusals.get()).as("503s the SDK retried").isGreaterThanOrEqualTo(2);

            // changes are taken again, without a restart
            SeedFlowOverHttpTest.work(swf, "a_tasks", "+A");
            swf.terminateWorkflowExecution(r -> r.domain(DOMAIN).workflowId("job-1"));
            assertThat(swf.countClosedWorkflowExecutions(r -> r.domain(DOMAIN)
                    .startTimeFilter(f -> f.oldestDate(Instant.EPOCH))).count()).isEqualTo(1);
        }

        try (SwfEmulatorServer again = server(data); SwfClient swf = SdkClients.sdk(again.uri(), "us-east-1")) {
            for (WorkflowExecution taken : duringFill) {
                assertThat(swf.describeWorkflowExecution(r -> r.domain(DOMAIN).execution(taken)).executionInfo()
                        .executionStatus()).isEqualTo(ExecutionStatus.OPEN);
            }
            assertThat(swf.describeWorkflowExecution(r -> r.domain(DOMAIN).execution(retried)).executionInfo()
                    .executionStatus()).isEqualTo(ExecutionStatus.OPEN);
            assertThat(types(swf, timed)).contains(EventType.TIMER_FIRED);
            assertThat(swf.listClosedWorkflowExecutions(r -> r.domain(DOMAIN).startTimeFilter(f -> f.oldestDate(Instant.EPOCH)))
                    .executionInfos()).singleElement().satisfies(closed -> {
                        assertThat(closed.execution().workflowId()).isEqualTo("job-1");
                        assertThat(closed.closeStatusAsString()).isEqualTo("TERMINATED");
                    });
            assertThat(swf.listDomains(r -> r.registrationStatus("REGISTERED")).domainInfos()).hasSize(1);
        }
    }

    @Test
    void aServerStartedOnAFullDiskRefusesChangesFromTheFirstRequestAndTakesThemOnceSpaceReturns() throws Exception {
        Path filler = disk.resolve("filler");
        fill(filler);
        try (SwfEmulatorServer server = server(disk.resolve("data")); SwfClient swf = SdkClients.sdk(server.uri(), "us-east-1")) {
            assertRefused(() -> swf.registerDomain(r -> r.name(DOMAIN).workflowExecutionRetentionPeriodInDays("1")));
            assertThat(swf.listDomains(r -> r.registrationStatus("REGISTERED")).domainInfos()).isEmpty();

            Files.delete(filler);
            await().atMost(Duration.ofSeconds(20)).ignoreException(SwfException.class).untilAsserted(() ->
                    swf.registerDomain(r -> r.name(DOMAIN).workflowExecutionRetentionPeriodInDays("1")));
        }
        try (SwfEmulatorServer again = server(disk.resolve("data")); SwfClient swf = SdkClients.sdk(again.uri(), "us-east-1")) {
            assertThat(swf.listDomains(r -> r.registrationStatus("REGISTERED")).domainInfos()).hasSize(1);
        }
    }

    private SwfEmulatorServer server(Path data) {
        return SwfEmulatorServer.builder().clock(clock).dataDir(data).pollHold(Duration.ofSeconds(1)).build().start();
    }

    private static WorkflowExecution execution(String workflowId, String runId) {
        return WorkflowExecution.builder().workflowId(workflowId).runId(runId).build();
    }

    private static void startTimer(SwfClient swf) {
        PollForDecisionTaskResponse task = swf.pollForDecisionTask(r -> r.domain(DOMAIN).taskList(t -> t.name(TIMERS)));
        assertThat(task.taskToken()).as("the timed run's decision task").isNotNull();
        swf.respondDecisionTaskCompleted(r -> r.taskToken(task.taskToken()).decisions(Decision.builder()
                .decisionType(DecisionType.START_TIMER)
                .startTimerDecisionAttributes(t -> t.timerId("t").startToFireTimeout("20")).build()));
    }

    private static List<EventType> types(SwfClient swf, WorkflowExecution run) {
        return swf.getWorkflowExecutionHistory(r -> r.domain(DOMAIN).execution(run)).events().stream()
                .map(HistoryEvent::eventType).toList();
    }

    /** Starts a run: true when refused with a 503, false when taken (and kept in {@code taken}). */
    private static boolean refusedOrTaken(SwfClient swf, List<WorkflowExecution> taken) {
        String id = "probe-" + taken.size();
        try {
            taken.add(execution(id, SeedFlowOverHttpTest.start(swf, id).runId()));
            return false;
        } catch (SwfException refused) {
            assertThat(refused.statusCode()).isEqualTo(503);
            return true;
        }
    }

    private static void assertRefused(ThrowingCallable change) {
        assertThatThrownBy(change).isInstanceOfSatisfying(SwfException.class, refused -> {
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.awsErrorDetails().errorCode()).isEqualTo("ServiceUnavailable");
        });
    }

    /** Writes a file until the file system refuses (ENOSPC). */
    private static void fill(Path filler) throws IOException {
        byte[] megabyte = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(megabyte);
            }
        } catch (IOException full) {
            assertThat(full.getMessage()).contains("No space left on device");
        }
        assertThat(Files.getFileStore(filler).getUsableSpace()).isLessThan(1 << 20);
    }

    /** An SDK v2 client with its default retry condition, retrying often and quickly; counts the 503s it sees. */
    private static SwfClient retryingSdk(URI endpoint, AtomicInteger refusals) {
        return SwfClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "secret")))
                .httpClientBuilder(UrlConnectionHttpClient.builder().socketTimeout(Duration.ofSeconds(70)))
                .overrideConfiguration(c -> c.retryPolicy(RetryPolicy.builder().numRetries(90)
                                .backoffStrategy(FixedDelayBackoffStrategy.create(Duration.ofMillis(200)))
                                .throttlingBackoffStrategy(FixedDelayBackoffStrategy.create(Duration.ofMillis(200))).build())
                        .addExecutionInterceptor(new ExecutionInterceptor() {
                            @Override
                            public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes attributes) {
                                if (context.httpResponse().statusCode() == 503) {
                                    refusals.incrementAndGet();
                                }
                            }
                        }))
                .build();
    }

    private static HttpResponse<String> post(URI uri, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static ProcessOutput run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        return new ProcessOutput(process.waitFor(), text);
    }

    private record ProcessOutput(int code, String text) {
    }
}
