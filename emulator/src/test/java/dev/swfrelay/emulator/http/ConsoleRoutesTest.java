package dev.swfrelay.emulator.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.swfrelay.emulator.junit.SwfEmulatorTest;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The console's routes: the redirect, its static files, the task-list view, and who may POST to /_relay/. */
@SwfEmulatorTest(pollHold = "PT5S")
class ConsoleRoutesTest {

    private final RawHttp http;
    private final URI endpoint;

    ConsoleRoutesTest(URI endpoint) {
        this.endpoint = endpoint;
        this.http = new RawHttp(endpoint);
    }

    private RawHttp.Answer get(String path) {
        return http.send(HttpRequest.newBuilder(endpoint.resolve(path)).GET());
    }

    @Test
    void aBrowsersGetOfTheRootIsSentToTheConsole() {
        RawHttp.Answer root = http.send(HttpRequest.newBuilder(endpoint.resolve("/"))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").GET());
        assertThat(root.status()).isEqualTo(302);
        assertThat(root.raw().headers().firstValue("Location")).hasValue("/_relay/console/");
    }

    @Test
    void aGetOfTheRootThatIsNotABrowsersStaysAnUnknownOperation() {
        RawHttp.Answer root = get("/");
        assertThat(root.status()).isEqualTo(400);
        assertThat(root.type()).endsWith("UnknownOperationException");
    }

    @Test
    void theConsoleIsServedWithAPolicyThatRunsOnlyItsOwnScripts() {
        RawHttp.Answer index = get("/_relay/console/");
        assertThat(index.status()).isEqualTo(200);
        assertThat(index.raw().headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(index.raw().headers().firstValue("Content-Security-Policy").orElseThrow()).startsWith("default-src 'self'");
        assertThat(index.body()).contains("<script src=\"console.js\" defer></script>");
        assertThat(get("/_relay/console/timeline.js").raw().headers().firstValue("Content-Type"))
                .hasValue("text/javascript; charset=utf-8");
        assertThat(get("/_relay/console/console.css").status()).isEqualTo(200);
    }

    @Test
    void anUnknownConsoleFileIsNotFound() {
        RawHttp.Answer missing = get("/_relay/console/../../etc/passwd");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.type()).endsWith("UnknownResourceFault");
    }

    @Test
    void theTaskListViewShowsAParkedPollAndFlagsAListWithTasksAndNoPoller() {
        http.call("RegisterDomain", "{\"name\":\"d\",\"workflowExecutionRetentionPeriodInDays\":\"1\"}");
        http.call("RegisterWorkflowType", "{\"domain\":\"d\",\"name\":\"w\",\"version\":\"1\",\"defaultTaskList\":{\"name\":\"deciders\"},"
                + "\"defaultExecutionStartToCloseTimeout\":\"600\",\"defaultTaskStartToCloseTimeout\":\"60\",\"defaultChildPolicy\":\"TERMINATE\"}");
        http.call("StartWorkflowExecution", "{\"domain\":\"d\",\"workflowId\":\"stuck\",\"workflowType\":{\"name\":\"w\",\"version\":\"1\"}}");
        Thread poller = new Thread(() -> http.call("PollForActivityTask",
                "{\"domain\":\"d\",\"taskList\":{\"name\":\"a_tasks\"},\"identity\":\"worker-on-a\"}"));
        poller.start();

        await().atMost(Duration.ofSeconds(5)).until(() -> list("a_tasks") != null && list("a_tasks").get("parked").size() == 1);
        JsonNode aTasks = list("a_tasks");
        assertThat(aTasks.get("kind").asText()).isEqualTo("activity");
        assertThat(aTasks.get("parked").get(0).get("identity").asText()).isEqualTo("worker-on-a");
        assertThat(aTasks.get("lastPolls").get(0).get("identity").asText()).isEqualTo("worker-on-a");
        assertThat(aTasks.get("unattended").asBoolean()).isFalse();
        JsonNode deciders = list("deciders");
        assertThat(deciders.get("pending").asInt()).isEqualTo(1);
        assertThat(deciders.get("parked")).isEmpty();
        assertThat(deciders.get("unattended").asBoolean()).isTrue();
    }

    private JsonNode list(String name) {
        RawHttp.Answer answer = get("/_relay/tasklists?domain=d");
        assertThat(answer.json().get("available").asBoolean()).isTrue();
        for (JsonNode list : answer.json().get("taskLists")) {
            if (list.get("name").asText().equals(name)) {
                return list;
            }
        }
        return null;
    }

    @Test
    void theTaskListViewNeedsADomain() {
        RawHttp.Answer answer = get("/_relay/tasklists");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.type()).endsWith("ValidationException");
    }

    @Test
    void aPostToTheAdminRoutesFromAnotherOriginIsRefused() {
        RawHttp.Answer foreign = http.send(HttpRequest.newBuilder(endpoint.resolve("/_relay/clock"))
                .header("Origin", "http://evil.example").POST(HttpRequest.BodyPublishers.ofString("{\"freeze\":true}")));
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.type()).endsWith("OperationNotPermittedFault");
        assertThat(get("/_relay/clock").json().get("frozen").asBoolean()).isFalse();

        String self = "http://" + endpoint.getHost() + ":" + endpoint.getPort();
        RawHttp.Answer same = http.send(HttpRequest.newBuilder(endpoint.resolve("/_relay/clock"))
                .header("Origin", self).POST(HttpRequest.BodyPublishers.ofString("{\"freeze\":true}")));
        assertThat(same.status()).isEqualTo(200);
        assertThat(same.json().get("frozen").asBoolean()).isTrue();
    }
}
