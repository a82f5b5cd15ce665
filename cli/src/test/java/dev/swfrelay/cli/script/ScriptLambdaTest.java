package dev.swfrelay.cli.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.swfrelay.cli.UserError;
import dev.swfrelay.core.api.GetWorkflowExecutionHistoryRequest;
import dev.swfrelay.core.api.PollForDecisionTaskRequest;
import dev.swfrelay.core.api.RegisterDomainRequest;
import dev.swfrelay.core.api.RegisterWorkflowTypeRequest;
import dev.swfrelay.core.api.RespondDecisionTaskCompletedRequest;
import dev.swfrelay.core.api.StartWorkflowExecutionRequest;
import dev.swfrelay.core.api.SwfService;
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
import dev.swfrelay.core.model.event.LambdaFunctionTimedOut;
import dev.swfrelay.core.model.LambdaFunctionTimeoutType;
import dev.swfrelay.emulator.engine.clock.VirtualClock;
import java.time.Instant;
import dev.swfrelay.emulator.SwfEmulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve --lambda NAME=COMMAND}'s functions: real scripts run per Lambda task. */
class ScriptLambdaTest {

    private static final WorkflowType FLOW = new WorkflowType("flow", "1");

    @TempDir
    Path dir;

    private final List<String> log = new ArrayList<>();

    private String script(String name, String body) throws IOException {
        return TestScripts.write(dir, name, body).toString();
    }

    private static <T extends EventAttributes> T runLambda(SwfEmulator emulator, String name, String input,
                                                           Class<T> outcome) {
        return runLambda(emulator, name, input, null, () -> { }, outcome);
    }

    /**
     * Runs one ScheduleLambdaFunction of {@code name} with {@code input} and {@code timeout}, does
     * {@code meanwhile}, and returns the task's outcome event.
     */
    private static <T extends EventAttributes> T runLambda(SwfEmulator emulator, String name, String input,
                                                           Timeout timeout, Runnable meanwhile, Class<T> outcome) {
        SwfService swf = emulator.service();
        swf.registerDomain(RegisterDomainRequest.builder().name("d").workflowExecutionRetentionPeriodInDays("1").build());
        swf.registerWorkflowType(RegisterWorkflowTypeRequest.builder().domain("d").name(FLOW.name())
                .version(FLOW.version()).defaultTaskList(new TaskList("decisions")).defaultChildPolicy(ChildPolicy.TERMINATE)
                .defaultExecutionStartToCloseTimeout(Timeout.ofSeconds(3600))
                .defaultTaskStartToCloseTimeout(Timeout.ofSeconds(30))
                .defaultLambdaRole("arn:aws:iam::123456789012:role/lambda").build());
        String runId = swf.startWorkflowExecution(StartWorkflowExecutionRequest.builder().domain("d").workflowId("w")
                .workflowType(FLOW).build()).runId();
        String token = swf.pollForDecisionTask(PollForDecisionTaskRequest.builder().domain("d")
                .taskList(new TaskList("decisions")).build()).join().taskToken();
        swf.respondDecisionTaskCompleted(RespondDecisionTaskCompletedRequest.builder().taskToken(token)
                .decisions(List.of(new ScheduleLambdaFunction(null, "l1", input, name, timeout))).build());
        meanwhile.run();
        GetWorkflowExecutionHistoryRequest history = GetWorkflowExecutionHistoryRequest.builder().domain("d")
                .execution(new WorkflowExecution(runId, "w")).build();
        return await().atMost(Duration.ofSeconds(60)).until(() -> swf.getWorkflowExecutionHistory(history).events()
                .stream().map(HistoryEvent::attributes).filter(outcome::isInstance).map(outcome::cast).findFirst(),
                Optional::isPresent).orElseThrow();
    }

    @Test
    void aScriptThatExitsNonZeroFailsItsTaskWithTheExitCodeAndTheEndOfStandardError() throws Exception {
        String fail = script("fail.sh", "cat > /dev/null; for i in $(seq 1 2000); do echo \"line $i\" >&2; done; exit 3");
        ScriptLambda lambda = ScriptLambda.parse("fails=" + fail, Duration.ofSeconds(1), log::add);
        try (SwfEmulator emulator = SwfEmulator.builder().lambdaFunction(lambda.name(), lambda).build()) {
            LambdaFunctionFailed failed = runLambda(emulator, "fails", "in", LambdaFunctionFailed.class);
            assertThat(failed.reason()).isEqualTo("exit 3");
            assertThat(failed.details()).endsWith("line 2000\n").doesNotContain("line 1\n");
        }
    }

    @Test
    void aScriptsStandardOutputIsTheResultOfItsInput() throws Exception {
        String upper = script("upper.sh", "tr a-z A-Z");
        ScriptLambda lambda = ScriptLambda.parse("upper=" + upper, Duration.ofSeconds(1), log::add);
        try (SwfEmulator emulator = SwfEmulator.builder().lambdaFunction(lambda.name(), lambda).build()) {
            assertThat(runLambda(emulator, "upper", "hello", LambdaFunctionCompleted.class).result()).isEqualTo("HELLO");
        }
    }

    @Test
    void aScriptThatRunsPastItsTimeoutTimesOutAndIsStopped() throws Exception {
        Path pid = dir.resolve("pid");
        String hang = script("hang.sh", "echo $$ > " + pid + "; exec sleep 600");
        ScriptLambda lambda = ScriptLambda.parse("hangs=" + hang, Duration.ofSeconds(1), log::add);
        VirtualClock clock = VirtualClock.frozenAt(Instant.parse("2015-01-01T12:00:00Z"));
        try (clock; SwfEmulator emulator = SwfEmulator.builder().clock(clock).lambdaFunction(lambda.name(), lambda).build()) {
            LambdaFunctionTimedOut timedOut = runLambda(emulator, "hangs", "in", Timeout.ofSeconds(5), () -> {
                await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(pid) && Files.size(pid) > 0);
                clock.advance(Duration.ofSeconds(5));
            }, LambdaFunctionTimedOut.class);
            assertThat(timedOut.timeoutType()).isEqualTo(LambdaFunctionTimeoutType.START_TO_CLOSE);
            long script = Long.parseLong(Files.readString(pid).trim());
            await().atMost(Duration.ofSeconds(30)).until(() -> ProcessHandle.of(script).map(p -> !p.isAlive()).orElse(true));
        }
    }

    @Test
    void aSpecWithoutNameAndCommandIsAUsageError() {
        assertThatThrownBy(() -> ScriptLambda.parse("just-a-name", Duration.ofSeconds(1), log::add))
                .isInstanceOf(UserError.class).hasMessageContaining("--lambda takes NAME=COMMAND");
    }
}
