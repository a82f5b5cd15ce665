package dev.swfrelay.it.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The README's "Rehearsing production": the seed's A-then-B against {@code serve --faults
 * examples/rehearsal/faults.yaml}. A's completion is applied and its answer lost, so the worker's SDK sends it
 * again and meets UnknownResourceFault; B's completion is throttled once and retried. Each script still ran
 * once: one ActivityTaskScheduled, one ActivityTaskCompleted each, and the run completes.
 */
class CliRehearsalIT {

    private static final Path ROOT = CliProcess.repositoryRoot();
    private static final String WORKFLOW = "examples/seed/workflow.json";
    private static final String DOMAIN = "swf-relay-seed";
    private static final Duration LONG = Duration.ofSeconds(90);

    @Test
    void aLostAnswerAndAThrottledCompletionStillRunEachScriptOnce() throws Exception {
        try (Emulator emulator = Emulator.start(ROOT, "--faults", "examples/rehearsal/faults.yaml")) {
            String url = emulator.url();
            CliProcess register = CliProcess.start(ROOT, "register", "--endpoint", url, "--workflow", WORKFLOW);
            assertThat(register.waitFor(LONG)).as(register.stderr()).isZero();
            try (CliProcess decider = CliProcess.start(ROOT, "decider", "--endpoint", url, "--workflow", WORKFLOW);
                 CliProcess workerA = CliProcess.start(ROOT, "worker", "--endpoint", url, "--domain", DOMAIN,
                         "--task-list", "a_tasks", "--", "examples/seed/script-a.sh");
                 CliProcess workerB = CliProcess.start(ROOT, "worker", "--endpoint", url, "--domain", DOMAIN,
                         "--task-list", "b_tasks", "--", "examples/seed/script-b.sh")) {
                CliProcess start = CliProcess.start(ROOT, "start", "--endpoint", url, "--workflow", WORKFLOW,
                        "--workflow-id", "rehearsal-1", "--input", "hello", "--wait");

                assertThat(start.waitFor(LONG)).as(start.stderr()).isZero();
                assertThat(start.stdout().strip()).matches("B ran on .*; got from A: A ran on .* for rehearsal-1 with input 'hello'");
                workerA.awaitOutput("SWF no longer knows the task of activity", LONG);
                assertThat(workerA.stderr()).containsOnlyOnce(": started");
                assertThat(workerB.stderr()).containsOnlyOnce(": started");
            }

            CliProcess history = CliProcess.start(ROOT, "history", "rehearsal-1", "--endpoint", url, "--domain", DOMAIN);
            assertThat(history.waitFor(LONG)).as(history.stderr()).isZero();
            assertThat(history.stdout().lines().filter(l -> l.contains("ActivityTaskScheduled"))).hasSize(2);
            assertThat(history.stdout().lines().filter(l -> l.contains("ActivityTaskCompleted"))).hasSize(2);
            assertThat(history.stdout()).contains("WorkflowExecutionCompleted");

            JsonNode faults = new ObjectMapper().readTree(HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(url + "/_relay/faults")).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            assertThat(faults.path("rules")).hasSize(2).allSatisfy(rule ->
                    assertThat(rule.path("firedCount").asLong()).as(rule.toString()).isEqualTo(1));
        }
    }
}
