package dev.swfrelay.emulator.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.swfrelay.emulator.junit.SwfEmulatorTest;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.Decision;
import software.amazon.awssdk.services.swf.model.EventType;

/**
 * boto3 and the AWS CLI, unchanged, against a server this test starts: register, start,
 * poll, respond, history, and their exceptions for a duplicate domain and an unknown type.
 * Skipped, saying why, where python3 with boto3 or {@code aws} is missing.
 */
@SwfEmulatorTest(pollHold = "PT2S")
class CrossClientSmokeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI endpoint;

    CrossClientSmokeTest(URI endpoint) {
        this.endpoint = endpoint;
    }

    record Result(int exit, String out, String err) {
    }

    @Test
    void boto3RunsAWorkflowAndSeesModeledFaults(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        assumeTrue(run(List.of("python3", "-c", "import boto3"), Map.of()).exit() == 0,
                "python3 with boto3 is not installed (apt-get install python3-boto3)");
        Path script = dir.resolve("boto3_smoke.py");
        try (var in = getClass().getResourceAsStream("/smoke/boto3_smoke.py")) {
            Files.copy(in, script);
        }
        Result result = run(List.of("python3", script.toString(), endpoint.toString()), Map.of());
        assertThat(result.exit()).as(result.out() + result.err()).isZero();
        assertThat(result.out())
                .contains("\"WorkflowExecutionCompleted\"")
                .contains("duplicate-domain DomainAlreadyExistsFault")
                .contains("unknown-type UnknownResourceFault")
                .contains("empty-poll {\"startedEventId\": 0}")
                .contains("boto3 smoke OK");
    }

    @Test
    void awsCliRunsAWorkflowAndReportsFaults() throws Exception {
        assumeTrue(run(List.of("aws", "--version"), Map.of()).exit() == 0, "the AWS CLI (aws) is not installed (apt-get install awscli)");
        aws("register-domain", "--name", "cli", "--workflow-execution-retention-period-in-days", "1");
        aws("register-workflow-type", "--domain", "cli", "--name", "flow", "--workflow-version", "1",
                "--default-task-list", "name=decisions", "--default-child-policy", "TERMINATE",
                "--default-execution-start-to-close-timeout", "3600", "--default-task-start-to-close-timeout", "30");
        aws("register-activity-type", "--domain", "cli", "--name", "step", "--activity-version", "1",
                "--default-task-list", "name=work", "--default-task-heartbeat-timeout", "NONE",
                "--default-task-schedule-to-close-timeout", "600", "--default-task-schedule-to-start-timeout", "300",
                "--default-task-start-to-close-timeout", "300");
        String runId = json(aws("start-workflow-execution", "--domain", "cli", "--workflow-id", "cli-1",
                "--workflow-type", "name=flow,version=1", "--input", "in")).get("runId").asText();

        String decision = json(aws("poll-for-decision-task", "--domain", "cli", "--task-list", "name=decisions",
                "--identity", "cli-decider")).get("taskToken").asText();
        aws("respond-decision-task-completed", "--task-token", decision, "--decisions",
                "[{\"decisionType\":\"ScheduleActivityTask\",\"scheduleActivityTaskDecisionAttributes\":"
                        + "{\"activityId\":\"s1\",\"activityType\":{\"name\":\"step\",\"version\":\"1\"},\"input\":\"in\"}}]");
        JsonNode work = json(aws("poll-for-activity-task", "--domain", "cli", "--task-list", "name=work"));
        assertThat(work.get("activityId").asText()).isEqualTo("s1");
        aws("respond-activity-task-completed", "--task-token", work.get("taskToken").asText(), "--result", "done");
        String close = json(aws("poll-for-decision-task", "--domain", "cli", "--task-list", "name=decisions")).get("taskToken").asText();
        aws("respond-decision-task-completed", "--task-token", close, "--decisions",
                "[{\"decisionType\":\"CompleteWorkflowExecution\",\"completeWorkflowExecutionDecisionAttributes\":{\"result\":\"done\"}}]");

        JsonNode events = json(aws("get-workflow-execution-history", "--domain", "cli",
                "--execution", "workflowId=cli-1,runId=" + runId)).get("events");
        List<String> types = new ArrayList<>();
        events.forEach(e -> types.add(e.get("eventType").asText()));
        assertThat(types).startsWith("WorkflowExecutionStarted").endsWith("WorkflowExecutionCompleted").hasSize(11);

        Result duplicate = awsFailing("register-domain", "--name", "cli", "--workflow-execution-retention-period-in-days", "1");
        assertThat(duplicate.err()).contains("(DomainAlreadyExistsFault)");
        Result unknown = awsFailing("describe-workflow-type", "--domain", "cli", "--workflow-type", "name=nosuch,version=1");
        assertThat(unknown.err()).contains("(UnknownResourceFault)").contains("nosuch");
    }

    @Test
    void awsCliAnswersTasksByTheirTokensOnceEach() throws Exception {
        assumeTrue(run(List.of("aws", "--version"), Map.of()).exit() == 0, "the AWS CLI (aws) is not installed (apt-get install awscli)");
        SwfClient swf = SdkClients.sdk(endpoint, "us-east-1");
        SeedFlowOverHttpTest.register(swf);
        SeedFlowOverHttpTest.start(swf, "tokens-1");
        var decision = swf.pollForDecisionTask(r -> r.domain(SeedFlowOverHttpTest.DOMAIN).taskList(t -> t.name("decisions")));
        List<Decision> four = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            four.add(SeedFlowOverHttpTest.schedule("s" + i, SeedFlowOverHttpTest.A, "a_tasks", "in" + i));
        }
        swf.respondDecisionTaskCompleted(r -> r.taskToken(decision.taskToken()).decisions(four));
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String token = swf.pollForActivityTask(r -> r.domain(SeedFlowOverHttpTest.DOMAIN)
                    .taskList(t -> t.name("a_tasks"))).taskToken();
            assertThat(token).startsWith("AAAA").matches("[A-Za-z0-9+/]+={0,2}");
            tokens.add(token);
            aws("respond-activity-task-completed", "--task-token", token, "--result", "done" + i);
        }
        Result again = awsFailing("respond-activity-task-completed", "--task-token", tokens.get(0), "--result", "twice");
        assertThat(again.err()).contains("(UnknownResourceFault)");
        var next = swf.pollForDecisionTask(r -> r.domain(SeedFlowOverHttpTest.DOMAIN).taskList(t -> t.name("decisions")));
        assertThat(next.events().stream().filter(e -> e.eventType() == EventType.ACTIVITY_TASK_COMPLETED)
                .map(e -> e.activityTaskCompletedEventAttributes().result()))
                .containsExactly("done0", "done1", "done2", "done3");
    }

    private String aws(String... args) throws Exception {
        Result result = run(awsCommand(args), awsEnv());
        assertThat(result.exit()).as("aws swf " + args[0] + ": " + result.err()).isZero();
        return result.out();
    }

    private Result awsFailing(String... args) throws Exception {
        Result result = run(awsCommand(args), awsEnv());
        assertThat(result.exit()).as("aws swf " + args[0] + " should fail").isIn(254, 255);
        return result;
    }

    private List<String> awsCommand(String... args) {
        List<String> command = new ArrayList<>(List.of("aws", "swf"));
        command.addAll(List.of(args));
        command.addAll(List.of("--endpoint-url", endpoint.toString(), "--cli-read-timeout", "70", "--output", "json"));
        return command;
    }

    private static Map<String, String> awsEnv() {
        return Map.of("AWS_ACCESS_KEY_ID", "AKIDCLI", "AWS_SECRET_ACCESS_KEY", "secret",
                "AWS_DEFAULT_REGION", "us-east-1", "AWS_PAGER", "", "AWS_MAX_ATTEMPTS", "1");
    }

    private static JsonNode json(String text) throws IOException {
        return JSON.readTree(text);
    }

    /** Runs a client's command to its end (exit -1 when it is not installed); GuardedCrossClientTest runs its clients here too. */
    static Result run(List<String> command, Map<String, String> env) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(env);
        Process process;
        try {
            process = builder.start();
        } catch (IOException notInstalled) {
            return new Result(-1, "", notInstalled.getMessage());
        }
        process.getOutputStream().close();
        var out = process.getInputStream().readAllBytes();
        var err = process.getErrorStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("timed out: " + command);
        }
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }
}
