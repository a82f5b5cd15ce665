package dev.swfrelay.emulator.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.swfrelay.core.model.EventType;
import dev.swfrelay.core.model.HistoryEvent;
import dev.swfrelay.core.model.TaskList;
import dev.swfrelay.core.model.Timeout;
import dev.swfrelay.core.model.event.ActivityTaskScheduled;
import dev.swfrelay.core.pipeline.Pipeline;
import dev.swfrelay.core.pipeline.RetryPolicy;
import dev.swfrelay.core.pipeline.Step;
import dev.swfrelay.emulator.junit.HistoryReplay;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Histories as tools print them: the AWS CLI's {@code get-workflow-execution-history} (v1's
 * epoch seconds as received, and ISO 8601 as v2 prints by default; written by hand in its
 * exact layout), pages merged, and JSON that is not SWF's, which fails naming file and path.
 */
class HistoryJsonFilesTest {

    static final Path AWS_CLI = Path.of("src/test/resources/histories/aws-cli");
    static final Pipeline A_THEN_B = Pipeline.of(
            Step.builder("A").activityType("A", "1.0").taskList("a_tasks").startToCloseTimeout(Timeout.ofSeconds(30))
                    .retryPolicy(RetryPolicy.exponential(3, Duration.ofSeconds(10))).build(),
            Step.builder("B").activityType("B", "1.0").taskList("b_tasks").retryPolicy(RetryPolicy.noRetries()).build());

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> awsCliHistoriesReplayAgainstThePipeline() {
        return HistoryReplay.eachHistoryIn(AWS_CLI, A_THEN_B);
    }

    @Test
    void awsCliTimestampsReadToTheMillisecondInBothFormats() {
        for (String file : List.of("a-then-b-cli-v1.json", "a-then-b-cli-iso8601.json")) {
            List<HistoryEvent> events = SwfJson.readHistory(AWS_CLI.resolve(file));
            assertThat(events).hasSize(17);
            assertThat(events.get(0).eventTimestamp()).isEqualTo(Instant.parse("2015-01-01T12:00:00Z"));
            assertThat(events.get(2).eventTimestamp()).isEqualTo(Instant.parse("2015-01-01T12:00:00.054Z"));
            assertThat(events.get(4).attributes(ActivityTaskScheduled.class).taskList()).isEqualTo(new TaskList("a_tasks"));
            assertThat(events.get(16).eventType()).isEqualTo(EventType.WorkflowExecutionCompleted);
        }
    }

    @Test
    void writtenHistoriesReadBackEqualWithFractionalSeconds() {
        List<HistoryEvent> events = SwfJson.readHistory(AWS_CLI.resolve("a-then-b-cli-v1.json"));

        String json = SwfJson.writeHistory(events);

        assertThat(json).startsWith("{\"events\":[{\"eventId\":1,\"eventTimestamp\":1420113600.0,");
        assertThat(SwfJson.readHistory(json, "written")).isEqualTo(events);
    }

    @Test
    void pagesMergedInAnArrayReadAsOneHistoryInEventOrder() {
        List<HistoryEvent> events = SwfJson.readHistory(AWS_CLI.resolve("a-then-b-cli-v1.json"));
        String second = SwfJson.writeHistory(events.subList(10, 17));
        String first = SwfJson.writeHistory(events.subList(0, 10));
        String pages = "[" + first.substring(0, first.length() - 1) + ",\"nextPageToken\":\"p2\"}," + second + "]";

        assertThat(SwfJson.readHistory(pages, "pages")).isEqualTo(events);
        assertThat(SwfJson.readHistory("[" + second + "," + first + "]", "reversed")).isEqualTo(events);
    }

    @Test
    void jsonThatIsNotAHistoryNamesTheFileAndTheRoot() throws Exception {
        assertProblem("{\"executionInfo\":{}}", "$", "must be SWF's history");
        assertProblem("[{\"events\":[]},{\"nextPageToken\":\"x\"}]", "$[1]", "must be SWF's history");
        assertProblem("events: [", "$", "is not JSON (line 1, column 1");
    }

    @Test
    void aBadMemberIsNamedByItsJsonPath() throws Exception {
        String started = "{\"eventId\":1,\"eventTimestamp\":1420113600.0,\"eventType\":\"WorkflowExecutionStarted\","
                + "\"workflowExecutionStartedEventAttributes\":{\"taskList\":{\"name\":\"decisions\"}}}";
        assertProblem("{\"events\":[" + started + ",{\"eventId\":2,\"eventTimestamp\":\"yesterday\","
                + "\"eventType\":\"DecisionTaskScheduled\"}]}", "$.events[1].eventTimestamp", "timestamp");
        assertProblem("{\"events\":[" + started.replace("\"WorkflowExecutionStarted\",", "\"Bogus\",") + "]}",
                "$.events[0].eventType", "enum value set");
        assertProblem("{\"events\":[" + started.replace("{\"name\":\"decisions\"}", "\"decisions\"") + "]}",
                "$.events[0].workflowExecutionStartedEventAttributes.taskList", "");
        assertProblem("{\"events\":[" + started.replace("\"eventId\":1", "\"eventId\":\"one\"") + "]}",
                "$.events[0].eventId", "number");
    }

    private void assertProblem(String json, String jsonPath, String problem) throws Exception {
        Path file = Files.writeString(dir.resolve("history.json"), json);
        assertThatThrownBy(() -> SwfJson.readHistory(file))
                .isInstanceOfSatisfying(SwfJsonException.class, e -> {
                    assertThat(e.source()).isEqualTo(file.toString());
                    assertThat(e.jsonPath()).isEqualTo(jsonPath);
                    assertThat(e.problem()).contains(problem);
                })
                .hasMessageStartingWith(file + ": " + jsonPath + ": ");
    }
}
