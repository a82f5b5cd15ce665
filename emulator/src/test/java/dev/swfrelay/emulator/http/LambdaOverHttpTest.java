package dev.swfrelay.emulator.http;

import dev.swfrelay.emulator.SwfEmulatorServer;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.Decision;
import software.amazon.awssdk.services.swf.model.DecisionType;
import software.amazon.awssdk.services.swf.model.EventType;
import software.amazon.awssdk.services.swf.model.HistoryEvent;
import software.amazon.awssdk.services.swf.model.PollForDecisionTaskResponse;

/** A server's registered Lambda function runs for a decider speaking SWF's wire protocol through the SDK v2 client. */
class LambdaOverHttpTest {

    @Test
    void aScheduledFunctionsResultReachesTheDeciderInItsNextTask() {
        try (SwfEmulatorServer server = SwfEmulatorServer.builder().lambdaFunction("greet", input -> "hello " + input)
                .build().start();
             SwfClient swf = SdkClients.sdk(server.uri(), "us-east-1")) {
            SeedFlowOverHttpTest.register(swf);
            swf.startWorkflowExecution(r -> r.domain(SeedFlowOverHttpTest.DOMAIN).workflowId("l")
                    .workflowType(SeedFlowOverHttpTest.FLOW).lambdaRole("arn:aws:iam::123456789012:role/lambda"));
            PollForDecisionTaskResponse first = poll(swf);
            swf.respondDecisionTaskCompleted(r -> r.taskToken(first.taskToken()).decisions(Decision.builder()
                    .decisionType(DecisionType.SCHEDULE_LAMBDA_FUNCTION)
                    .scheduleLambdaFunctionDecisionAttributes(a -> a.id("l1").name("greet").input("world"))
                    .build()));
            List<HistoryEvent> events = poll(swf).events();
            assertThat(events.subList(4, 8)).extracting(HistoryEvent::eventType).containsExactly(
                    EventType.LAMBDA_FUNCTION_SCHEDULED, EventType.LAMBDA_FUNCTION_STARTED,
                    EventType.LAMBDA_FUNCTION_COMPLETED, EventType.DECISION_TASK_SCHEDULED);
            assertThat(events.get(6).lambdaFunctionCompletedEventAttributes().result()).isEqualTo("hello world");
        }
    }

    private static PollForDecisionTaskResponse poll(SwfClient swf) {
        PollForDecisionTaskResponse task = swf.pollForDecisionTask(r -> r.domain(SeedFlowOverHttpTest.DOMAIN)
                .taskList(t -> t.name("decisions")));
        assertThat(task.taskToken()).as("a decision task").isNotNull();
        return task;
    }
}
