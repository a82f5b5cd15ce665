package dev.swfrelay.it.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's fan-out flow, one OS process per server, with the files of
 * {@code examples/fanout}: the emulator, the decider, script workers on {@code a_tasks}
 * (steps A and D), {@code b_tasks} and {@code c_tasks}, then {@code start --wait}.
 */
class CliFanOutIT {

    private static final Path ROOT = CliProcess.repositoryRoot();
    private static final String WORKFLOW = "examples/fanout/workflow.json";
    private static final String DOMAIN = "swf-relay-fanout";
    private static final Duration LONG = Duration.ofSeconds(120);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aThenBAndCAtOnceThenDWithBothResults() throws Exception {
        try (Emulator emulator = Emulator.start(ROOT)) {
            String url = emulator.url();
            CliProcess register = CliProcess.start(ROOT, "register", "--endpoint", url, "--workflow", WORKFLOW);
            assertThat(register.waitFor(LONG)).as(register.stderr()).isZero();
            assertThat(register.stdout()).contains("workflow type fan-out-fan-in:1: registered",
                    "activity type script-a:1: registered", "activity type script-b:1: registered",
                    "activity type script-c:1: registered", "activity type script-d:1: registered");
            String runId;
            try (CliProcess decider = CliProcess.start(ROOT, "decider", "--endpoint", url, "--workflow", WORKFLOW);
                 CliProcess serverA = worker(url, "a_tasks", "examples/fanout/server-a.sh");
                 CliProcess serverB = worker(url, "b_tasks", "examples/fanout/script-b.sh");
                 CliProcess serverC = worker(url, "c_tasks", "examples/fanout/script-c.sh")) {
                CliProcess start = CliProcess.start(ROOT, "start", "--endpoint", url, "--workflow", WORKFLOW,
                        "--workflow-id", "fanout-1", "--input", "hello", "--wait");

                assertThat(start.waitFor(LONG)).as(start.stderr()).isZero();
                String a = "A ran on [^;]* for fanout-1 with input 'hello'\\\\n";
                assertThat(start.stdout().strip()).matches("D ran on [^;]*; got from B and C: "
                        + "\\{\"B\":\"B ran on [^;]*; got from A: " + a + "\",\"C\":\"C ran on [^;]*; got from A: " + a + "\"}");
                assertThat(serverA.stderr()).contains("script-a:1 (activity A-1 of fanout-1): started")
                        .contains("script-d:1 (activity D-1 of fanout-1): started");
                assertThat(serverB.stderr()).contains("script-b:1 (activity B-1 of fanout-1): started");
                assertThat(serverC.stderr()).contains("script-c:1 (activity C-1 of fanout-1): started");
                runId = start.stderr().lines().findFirst().orElseThrow().replaceAll(".*\\(run (.*)\\).*", "$1");
            }
            assertTimeline(JSON.readTree(WireHistory.raw(url, DOMAIN, "fanout-1", runId)).get("events"));
        }
    }

    @Test
    void fileWithACycleIsRefusedBeforeAnythingIsRegistered(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("cycle.json");
        Files.writeString(file, "{\"domain\": \"cycle-domain\", \"workflowType\": \"w:1\", \"steps\": ["
                + "{\"name\": \"A\", \"activityType\": \"a\", \"taskList\": \"t\", \"after\": \"B\"},"
                + "{\"name\": \"B\", \"activityType\": \"b\", \"taskList\": \"t\"}]}");
        try (Emulator emulator = Emulator.start(ROOT)) {
            CliProcess register = CliProcess.start(dir, "register", "--endpoint", emulator.url(), "--workflow", "cycle.json");

            assertThat(register.waitFor(LONG)).isEqualTo(2);
            assertThat(register.stderr().strip()).isEqualTo("swf-relay: cycle.json: steps[0].after: cycle: A after B after A");
            assertThat(register.stdout()).isEmpty();
            assertThat(describeDomain(emulator.url(), "cycle-domain")).contains("UnknownResourceFault");
        }
    }

    private static String describeDomain(String endpoint, String domain) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("X-Amz-Target", "SimpleWorkflowService.DescribeDomain")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + domain + "\"}"))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    /** Each step once; B and C from one decision; D after both completed, with both results as input. */
    private static void assertTimeline(JsonNode events) {
        List<String> scheduled = new ArrayList<>();
        long bDecision = 0;
        long cDecision = 0;
        long lastCompletion = 0;
        String dInput = null;
        long dScheduled = 0;
        for (JsonNode event : events) {
            JsonNode attributes = event.get("activityTaskScheduledEventAttributes");
            if (event.get("eventType").asText().equals("ActivityTaskCompleted") && dScheduled == 0) {
                lastCompletion = event.get("eventId").asLong();
            }
            if (attributes == null) {
                continue;
            }
            String id = attributes.get("activityId").asText();
            scheduled.add(id + "@" + attributes.get("taskList").get("name").asText());
            long decision = attributes.get("decisionTaskCompletedEventId").asLong();
            bDecision = id.equals("B-1") ? decision : bDecision;
            cDecision = id.equals("C-1") ? decision : cDecision;
            if (id.equals("D-1")) {
                dInput = attributes.get("input").asText();
                dScheduled = event.get("eventId").asLong();
            }
        }
        assertThat(scheduled).containsExactly("A-1@a_tasks", "B-1@b_tasks", "C-1@c_tasks", "D-1@a_tasks");
        assertThat(bDecision).isPositive().isEqualTo(cDecision);
        assertThat(dInput).startsWith("{\"B\":\"B ran on ").contains(",\"C\":\"C ran on ");
        assertThat(dScheduled).isGreaterThan(lastCompletion);
        assertThat(events.get(events.size() - 1).get("eventType").asText()).isEqualTo("WorkflowExecutionCompleted");
    }

    private static CliProcess worker(String url, String taskList, String script) {
        return CliProcess.start(ROOT, "worker", "--endpoint", url, "--domain", DOMAIN, "--task-list", taskList, "--", script);
    }
}
