package dev.swfrelay.emulator.http;

import dev.swfrelay.emulator.SwfEmulatorServer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.EventType;
import software.amazon.awssdk.services.swf.model.PollForDecisionTaskResponse;

/** Long polls over HTTP: parked without threads, withdrawn with their connection, answered on shutdown. */
class LongPollOverHttpTest {

    private static final String POLL_A_TASKS = "{\"domain\":\"seed\",\"taskList\":{\"name\":\"a_tasks\"},\"identity\":\"p\"}";

    @Test
    void aThousandParkedPollsHoldNoThreadAndShutdownAnswersThemEmpty() throws Exception {
        SwfEmulatorServer server = SwfEmulatorServer.builder().pollHold(Duration.ofSeconds(60)).build().start();
        try (SwfClient swf = SdkClients.sdk(server.uri(), "us-east-1")) {
            SeedFlowOverHttpTest.register(swf);
            HttpClient http = HttpClient.newBuilder().build();
            List<CompletableFuture<HttpResponse<String>>> polls = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                polls.add(http.sendAsync(HttpRequest.newBuilder(server.uri())
                        .header("X-Amz-Target", "SimpleWorkflowService.PollForActivityTask")
                        .header("Content-Type", "application/x-amz-json-1.0")
                        .POST(HttpRequest.BodyPublishers.ofString(POLL_A_TASKS)).build(),
                        HttpResponse.BodyHandlers.ofString()));
            }
            await().atMost(30, TimeUnit.SECONDS).until(() -> server.parkedPolls() == 1000);
            // accept + 2 I/O + one poll-hold timer per region + the clock's real-time firing thread
            assertThat(serverThreads()).as("server threads with 1,000 parked polls").hasSizeLessThanOrEqualTo(5);
            assertThat(polls).noneMatch(CompletableFuture::isDone);

            server.close();

            CompletableFuture.allOf(polls.toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);
            for (CompletableFuture<HttpResponse<String>> poll : polls) {
                assertThat(poll.get().statusCode()).isEqualTo(200);
                assertThat(poll.get().body()).isEqualTo("{\"startedEventId\":0}");
            }
        } finally {
            server.close();
        }
    }

    @Test
    void aPollWhoseConnectionClosedNeverGetsTheTask() throws Exception {
        try (SwfEmulatorServer server = SwfEmulatorServer.builder().pollHold(Duration.ofSeconds(60)).build().start();
             SwfClient swf = SdkClients.sdk(server.uri(), "us-east-1")) {
            SeedFlowOverHttpTest.register(swf);
            String body = "{\"domain\":\"seed\",\"taskList\":{\"name\":\"decisions\"},\"identity\":\"gone\"}";
            try (Socket socket = new Socket("127.0.0.1", server.port())) {
                OutputStream out = socket.getOutputStream();
                out.write(("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Amz-Target: SimpleWorkflowService.PollForDecisionTask\r\n"
                        + "Content-Type: application/x-amz-json-1.0\r\nContent-Length: " + body.length() + "\r\n\r\n" + body)
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                await().atMost(10, TimeUnit.SECONDS).until(() -> server.parkedPolls() == 1);
            }
            await().atMost(10, TimeUnit.SECONDS).until(() -> server.parkedPolls() == 0);

            SeedFlowOverHttpTest.start(swf, "after-disconnect");
            PollForDecisionTaskResponse task = swf.pollForDecisionTask(r -> r.domain("seed").taskList(t -> t.name("decisions")).identity("live"));

            assertThat(task.taskToken()).isNotNull();
            assertThat(task.previousStartedEventId()).isZero();
            assertThat(task.events()).extracting(e -> e.eventType()).containsExactly(
                    EventType.WORKFLOW_EXECUTION_STARTED, EventType.DECISION_TASK_SCHEDULED, EventType.DECISION_TASK_STARTED);
            assertThat(task.events().get(2).decisionTaskStartedEventAttributes().identity()).isEqualTo("live");
        }
    }

    @Test
    void aParkedPollIsAnsweredByTheNextTaskScheduled() throws Exception {
        try (SwfEmulatorServer server = SwfEmulatorServer.builder().pollHold(Duration.ofSeconds(60)).build().start();
             SwfClient swf = SdkClients.sdk(server.uri(), "us-east-1")) {
            SeedFlowOverHttpTest.register(swf);
            CompletableFuture<PollForDecisionTaskResponse> poll = CompletableFuture.supplyAsync(() ->
                    swf.pollForDecisionTask(r -> r.domain("seed").taskList(t -> t.name("decisions")).identity("parked")));
            await().atMost(10, TimeUnit.SECONDS).until(() -> server.parkedPolls() == 1);

            SeedFlowOverHttpTest.start(swf, "wakes-the-poll");

            PollForDecisionTaskResponse task = poll.get(10, TimeUnit.SECONDS);
            assertThat(task.workflowExecution().workflowId()).isEqualTo("wakes-the-poll");
            assertThat(task.startedEventId()).isEqualTo(3);
        }
    }

    private static List<String> serverThreads() {
        return Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
                .filter(name -> name.startsWith("swf-relay")).toList();
    }
}
