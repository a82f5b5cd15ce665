package dev.swfrelay.it.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.swfrelay.aws.AwsSwf;
import dev.swfrelay.aws.AwsSwfService;
import dev.swfrelay.cli.Main;
import dev.swfrelay.core.api.CountClosedWorkflowExecutionsRequest;
import dev.swfrelay.core.api.CountOpenWorkflowExecutionsRequest;
import dev.swfrelay.core.api.PollForDecisionTaskRequest;
import dev.swfrelay.core.api.RespondDecisionTaskCompletedRequest;
import dev.swfrelay.core.api.StartWorkflowExecutionRequest;
import dev.swfrelay.core.api.TerminateWorkflowExecutionRequest;
import dev.swfrelay.core.model.DecisionTask;
import dev.swfrelay.core.model.ExecutionTimeFilter;
import dev.swfrelay.core.model.decision.CompleteWorkflowExecution;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code swf-relay serve --data DIR} is SIGKILLed in the middle of a snapshot, at each of its steps (held there by the
 * test-only pause point {@code -Dswf.relay.snapshot.pause}; the snapshot starts in the background once 1 MB was
 * journaled): after the journal rotated, with the snapshot half written,
 * and after its rename before the covered files are deleted. Started again on the folder, it has every acknowledged
 * change (closed and open runs, one started while the snapshot was held), a decision task token handed out before the
 * kill completes its task, and the next snapshot succeeds.
 */
class SnapshotKillIT {

    private static final Duration STARTUP = Duration.ofSeconds(30);
    private static final Pattern URL = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+)");
    private static final int CLOSED = 20;
    private static final ExecutionTimeFilter ALL = new ExecutionTimeFilter(null, Instant.EPOCH);

    @TempDir
    Path data;

    private final List<Machine> machines = new ArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() throws InterruptedException {
        for (Machine m : machines) {
            m.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"after-rotation", "mid-write", "after-rename"})
    void aKillNineDuringASnapshotLosesNothingAcknowledged(String point) throws Exception {
        Machine server = serve(List.of("-Dswf.relay.snapshot.pause=" + point));
        URI endpoint = endpoint(server);
        String heldToken;
        try (AwsSwfService swf = AwsSwf.forEndpoint(endpoint, "us-east-1")) {
            Flow.register(swf.ports(Flow.DOMAIN, "test").registrar());
            for (int i = 0; i < CLOSED; i++) {
                start(swf, "closed-" + i);
                swf.terminateWorkflowExecution(TerminateWorkflowExecutionRequest.builder().domain(Flow.DOMAIN)
                        .workflowId("closed-" + i).reason("done").build());
            }
            start(swf, "held");
            heldToken = poll(swf).taskToken();
            start(swf, "waiting");
            // terminated runs with large inputs pass the 1 MB threshold: the background snapshot starts and stops at the point
            String large = "x".repeat(32 * 1024);
            for (int i = 0; i < 40; i++) {
                start(swf, "large-" + i, large);
                swf.terminateWorkflowExecution(TerminateWorkflowExecutionRequest.builder().domain(Flow.DOMAIN)
                        .workflowId("large-" + i).reason("done").build());
            }
            server.awaitLine(line -> line.contains("SNAPSHOT PAUSED " + point), STARTUP);
            start(swf, "while-held");
        }
        server.kill();

        Machine again = serve(List.of());
        URI restarted = endpoint(again);
        try (AwsSwfService swf = AwsSwf.forEndpoint(restarted, "us-east-1")) {
            assertThat(closed(swf)).as("closed runs after the kill at %s", point).isEqualTo(CLOSED + 40);
            assertThat(open(swf)).as("open runs after the kill at %s", point).isEqualTo(3);
            swf.respondDecisionTaskCompleted(RespondDecisionTaskCompletedRequest.builder().taskToken(heldToken)
                    .decisions(List.of(new CompleteWorkflowExecution("done after the kill"))).build());
            assertThat(open(swf)).isEqualTo(2);
            HttpResponse<String> snapshot = http.send(HttpRequest.newBuilder(restarted.resolve("/_relay/snapshot"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(snapshot.statusCode()).as(snapshot.body()).isEqualTo(200);
        }
        assertThat(files()).noneMatch(f -> f.endsWith(".tmp")).filteredOn(f -> f.startsWith("snapshot-")).hasSize(1);
    }

    private Machine serve(List<String> jvmFlags) {
        Machine machine = Machine.start("serve", jvmFlags, Main.class, "serve", "--port", "0", "--data", data.toString(),
                "--poll-hold", "2s", "--snapshot-after-mb", "1");
        machines.add(machine);
        return machine;
    }

    private static URI endpoint(Machine server) {
        Matcher url = URL.matcher(server.awaitLine(line -> URL.matcher(line).find(), STARTUP));
        assertThat(url.find()).isTrue();
        return URI.create(url.group(1));
    }

    private static void start(AwsSwfService swf, String workflowId) {
        start(swf, workflowId, "in");
    }

    private static void start(AwsSwfService swf, String workflowId, String input) {
        swf.startWorkflowExecution(StartWorkflowExecutionRequest.builder().domain(Flow.DOMAIN).workflowId(workflowId)
                .workflowType(Flow.WORKFLOW).input(input).build());
    }

    private static DecisionTask poll(AwsSwfService swf) throws Exception {
        DecisionTask task = swf.pollForDecisionTask(PollForDecisionTaskRequest.builder().domain(Flow.DOMAIN)
                .taskList(Flow.DECISIONS).identity("decider").build()).get();
        assertThat(task.taskToken()).as("a decision task").isNotNull();
        return task;
    }

    private static long closed(AwsSwfService swf) {
        return swf.countClosedWorkflowExecutions(CountClosedWorkflowExecutionsRequest.builder().domain(Flow.DOMAIN)
                .startTimeFilter(ALL).build()).count();
    }

    private static long open(AwsSwfService swf) {
        return swf.countOpenWorkflowExecutions(CountOpenWorkflowExecutionsRequest.builder().domain(Flow.DOMAIN)
                .startTimeFilter(ALL).build()).count();
    }

    private List<String> files() throws IOException {
        try (Stream<Path> files = Files.list(data)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }
}
