package dev.swfrelay.it.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.swfrelay.aws.AwsSwf;
import dev.swfrelay.aws.AwsSwfService;
import dev.swfrelay.core.api.GetWorkflowExecutionHistoryRequest;
import dev.swfrelay.core.api.PollForDecisionTaskRequest;
import dev.swfrelay.core.api.RegisterDomainRequest;
import dev.swfrelay.core.api.RegisterWorkflowTypeRequest;
import dev.swfrelay.core.api.RespondDecisionTaskCompletedRequest;
import dev.swfrelay.core.api.StartWorkflowExecutionRequest;
import dev.swfrelay.core.model.ChildPolicy;
import dev.swfrelay.core.model.HistoryEvent;
import dev.swfrelay.core.model.TaskList;
import dev.swfrelay.core.model.Timeout;
import dev.swfrelay.core.model.WorkflowExecution;
import dev.swfrelay.core.model.WorkflowType;
import dev.swfrelay.core.model.decision.ScheduleLambdaFunction;
import dev.swfrelay.core.model.event.EventAttributes;
import dev.swfrelay.core.model.event.LambdaFunctionCompleted;
import dev.swfrelay.core.model.event.LambdaFunctionFailed;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code swf-relay serve --lambda NAME=COMMAND} in its own process runs real scripts for Lambda tasks. */
class CliLambdaIT {

    private static final WorkflowType FLOW = new WorkflowType("flow", "1");

    @TempDir
    Path dir;

    private String script(String name, String body) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, "#!/bin/bash\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file.toString();
    }

    @Test
    void servedLambdaCommandsCompleteAndFailTheirTasks() throws Exception {
        String upper = script("upper.sh", "tr a-z A-Z");
        String fail = script("fail.sh", "cat > /dev/null; echo 'no such record' >&2; exit 4");
        try (Emulator emulator = Emulator.start(CliProcess.repositoryRoot(), "--lambda", "upper=" + upper,
                "--lambda", "fails=" + fail);
             AwsSwfService swf = AwsSwf.forEndpoint(URI.create(emulator.url()), "us-east-1")) {
            swf.registerDomain(RegisterDomainRequest.builder().name("l").workflowExecutionRetentionPeriodInDays("1").build());
            swf.registerWorkflowType(RegisterWorkflowTypeRequest.builder().domain("l").name(FLOW.name())
                    .version(FLOW.version()).defaultTaskList(new TaskList("decisions"))
                    .defaultChildPolicy(ChildPolicy.TERMINATE).defaultExecutionStartToCloseTimeout(Timeout.ofSeconds(3600))
                    .defaultTaskStartToCloseTimeout(Timeout.ofSeconds(30))
                    .defaultLambdaRole("arn:aws:iam::123456789012:role/lambda").build());
            assertThat(run(swf, "upper", "hello", LambdaFunctionCompleted.class).result()).isEqualTo("HELLO");
            LambdaFunctionFailed failed = run(swf, "fails", "x", LambdaFunctionFailed.class);
            assertThat(failed.reason()).isEqualTo("exit 4");
            assertThat(failed.details()).isEqualTo("no such record\n");
        }
    }

    /** Starts a run deciding on a task list of its own, schedules {@code name}, and awaits the task's outcome. */
    private static <T extends EventAttributes> T run(AwsSwfService swf, String name, String input, Class<T> outcome) {
        String runId = swf.startWorkflowExecution(StartWorkflowExecutionRequest.builder().domain("l").workflowId(name)
                .workflowType(FLOW).taskList(new TaskList(name)).build()).runId();
        String token = swf.pollForDecisionTask(PollForDecisionTaskRequest.builder().domain("l")
                .taskList(new TaskList(name)).build()).join().taskToken();
        swf.respondDecisionTaskCompleted(RespondDecisionTaskCompletedRequest.builder().taskToken(token)
                .decisions(List.of(new ScheduleLambdaFunction(null, "l1", input, name, null))).build());
        GetWorkflowExecutionHistoryRequest history = GetWorkflowExecutionHistoryRequest.builder().domain("l")
                .execution(new WorkflowExecution(runId, name)).build();
        try {
            return await().atMost(Duration.ofSeconds(60)).until(() -> swf.getWorkflowExecutionHistory(history).events()
                    .stream().map(HistoryEvent::attributes).filter(outcome::isInstance).map(outcome::cast).findFirst(),
                    Optional::isPresent).orElseThrow();
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("no " + outcome.getSimpleName() + " in " + swf.getWorkflowExecutionHistory(history)
                    .events().stream().map(HistoryEvent::attributes).toList(), e);
        }
    }
}
