package dev.swfrelay.emulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.swfrelay.emulator.junit.SwfEmulatorTest;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.EventType;
import software.amazon.awssdk.services.swf.model.HistoryEvent;
import software.amazon.awssdk.services.swf.model.StartWorkflowExecutionResponse;
import software.amazon.awssdk.services.swf.model.WorkflowExecution;

/** What no SDK would send, over raw HTTP: always a 4xx JSON error, never lost state. */
@SwfEmulatorTest(pollHold = "PT1S")
class MalformedInputTest {

    private static final String VALIDATION = "com.amazon.coral.validate#ValidationException";
    private static final String SERIALIZATION = "com.amazon.coral.service#SerializationException";
    private static final String UNKNOWN_OPERATION = "com.amazon.coral.service#UnknownOperationException";

    private final RawHttp http;
    private final URI endpoint;

    MalformedInputTest(URI endpoint) {
        this.endpoint = endpoint;
        this.http = new RawHttp(endpoint);
    }

    @Test
    void bodyThatIsNotJsonIsSerializationException() {
        RawHttp.Answer answer = http.call("DescribeDomain", "{\"name\": ");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.type()).isEqualTo(SERIALIZATION);
        assertThat(answer.raw().headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(answer.raw().headers().firstValue("x-amzn-ErrorType")).hasValue("SerializationException");
    }

    @Test
    void bodyThatIsNotAnObjectIsSerializationException() {
        assertThat(http.call("DescribeDomain", "[1, 2]").type()).isEqualTo(SERIALIZATION);
        assertThat(http.call("DescribeDomain", "null").type()).isEqualTo(SERIALIZATION);
        assertThat(http.call("DescribeDomain", "{\"name\":\"d\"} trailing").type()).isEqualTo(SERIALIZATION);
    }

    @Test
    void memberOfTheWrongTypeIsValidationExceptionNamingIt() {
        RawHttp.Answer object = http.call("DescribeDomain", "{\"name\": {\"nested\": 1}}");
        assertThat(object.status()).isEqualTo(400);
        assertThat(object.type()).isEqualTo(VALIDATION);
        assertThat(object.message()).contains("at 'name'");

        RawHttp.Answer number = http.call("ListDomains", "{\"registrationStatus\":\"REGISTERED\",\"maximumPageSize\":\"many\"}");
        assertThat(number.type()).isEqualTo(VALIDATION);
        assertThat(number.message()).contains("'many'").contains("at 'maximumPageSize'").contains("number");
    }

    @Test
    void unknownEnumValueIsValidationExceptionListingTheAllowedValues() {
        RawHttp.Answer answer = http.call("ListDomains", "{\"registrationStatus\":\"SOMETIMES\"}");
        assertThat(answer.type()).isEqualTo(VALIDATION);
        assertThat(answer.message()).isEqualTo("1 validation error detected: Value 'SOMETIMES' at 'registrationStatus' "
                + "failed to satisfy constraint: Member must satisfy enum value set: [REGISTERED, DEPRECATED]");
    }

    @Test
    void badDecisionIsNamedByItsPathInTheList() {
        String body = "{\"taskToken\":\"t\",\"decisions\":[{\"decisionType\":\"CompleteWorkflowExecution\"},"
                + "{\"decisionType\":\"Nope\"}]}";
        RawHttp.Answer answer = http.call("RespondDecisionTaskCompleted", body);
        assertThat(answer.type()).isEqualTo(VALIDATION);
        assertThat(answer.message()).contains("Value 'Nope' at 'decisions.2.member.decisionType'")
                .contains("ScheduleActivityTask");

        String badTimeout = "{\"taskToken\":\"t\",\"decisions\":[{\"decisionType\":\"ScheduleActivityTask\","
                + "\"scheduleActivityTaskDecisionAttributes\":{\"activityId\":\"a\",\"activityType\":{\"name\":\"x\",\"version\":\"1\"},"
                + "\"startToCloseTimeout\":\"1.5\"}}]}";
        RawHttp.Answer timeout = http.call("RespondDecisionTaskCompleted", badTimeout);
        assertThat(timeout.type()).isEqualTo(VALIDATION);
        assertThat(timeout.message()).contains(
                "Value '1.5' at 'decisions.1.member.scheduleActivityTaskDecisionAttributes.startToCloseTimeout'");
    }

    @Test
    void missingRequiredMemberIsValidationExceptionAtItsWirePath() {
        RawHttp.Answer top = http.call("DescribeDomain", "{}");
        assertThat(top.type()).isEqualTo(VALIDATION);
        assertThat(top.message()).contains("Value null at 'name'").contains("must not be null");

        String body = "{\"taskToken\":\"t\",\"decisions\":[{\"decisionType\":\"ScheduleActivityTask\","
                + "\"scheduleActivityTaskDecisionAttributes\":{\"activityType\":{\"name\":\"x\",\"version\":\"1\"}}}]}";
        RawHttp.Answer nested = http.call("RespondDecisionTaskCompleted", body);
        assertThat(nested.type()).isEqualTo(VALIDATION);
        assertThat(nested.message()).contains("at 'decisions.1.member.scheduleActivityTaskDecisionAttributes.activityId'");
    }

    @Test
    void unknownOrMissingTargetIsUnknownOperationException() {
        RawHttp.Answer unknown = http.call("LaunchMissiles", "{}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.type()).isEqualTo(UNKNOWN_OPERATION);
        assertThat(unknown.message()).contains("LaunchMissiles");

        RawHttp.Answer missing = http.send(HttpRequest.newBuilder(endpoint.resolve("/"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.type()).isEqualTo(UNKNOWN_OPERATION);

        RawHttp.Answer get = http.send(HttpRequest.newBuilder(endpoint.resolve("/")).GET());
        assertThat(get.status()).isEqualTo(400);
        assertThat(get.type()).isEqualTo(UNKNOWN_OPERATION);
    }

    @Test
    void bodyOverOneMegabyteIs413WithAJsonError() {
        String huge = "{\"name\":\"" + "x".repeat(1024 * 1024 + 10) + "\"}";
        RawHttp.Answer answer = http.call("DescribeDomain", huge);
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.type()).isEqualTo(VALIDATION);
        assertThat(answer.message()).contains("1048576");
        assertThat(http.call("ListDomains", "{\"registrationStatus\":\"REGISTERED\"}").status()).isEqualTo(200);
    }

    @Test
    void aThousandBadRequestsInARowLeaveTheEngineWorking(SwfClient swf) {
        SeedFlowOverHttpTest.register(swf);
        StartWorkflowExecutionResponse run = SeedFlowOverHttpTest.start(swf, "survivor");
        List<Function<RawHttp, RawHttp.Answer>> abuse = List.of(
                h -> h.call("DescribeDomain", "{\"name\": "),
                h -> h.call("DescribeDomain", "{\"name\": [1]}"),
                h -> h.call("NoSuchOperation", "{}"),
                h -> h.send(HttpRequest.newBuilder(endpoint.resolve("/")).POST(HttpRequest.BodyPublishers.ofString("{}"))),
                h -> h.call("RespondDecisionTaskCompleted", "{\"taskToken\":\"forged\",\"decisions\":[]}"),
                h -> h.call("StartWorkflowExecution", "{\"domain\":\"seed\",\"workflowId\":\"survivor\","
                        + "\"workflowType\":{\"name\":\"a-then-b\",\"version\":\"1\"}}"),
                h -> h.call("ListDomains", "{\"registrationStatus\":\"MAYBE\"}"),
                h -> h.call("PollForDecisionTask", "{\"domain\":\"seed\",\"taskList\":{\"name\":7}}"));
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            RawHttp.Answer answer = abuse.get(i % abuse.size()).apply(http);
            if (answer.status() < 400 || answer.status() >= 500 || answer.type() == null) {
                answers.add(i + ": " + answer.status() + " " + answer.body());
            }
        }
        assertThat(answers).as("answers that were not 4xx JSON errors").isEmpty();

        SeedFlowOverHttpTest.decideOnce(swf);
        SeedFlowOverHttpTest.work(swf, "a_tasks", "+A");
        SeedFlowOverHttpTest.decideOnce(swf);
        SeedFlowOverHttpTest.work(swf, "b_tasks", "+B");
        SeedFlowOverHttpTest.decideOnce(swf);
        WorkflowExecution execution = WorkflowExecution.builder().workflowId("survivor").runId(run.runId()).build();
        List<HistoryEvent> history = swf.getWorkflowExecutionHistory(r -> r.domain("seed").execution(execution)).events();
        assertThat(history.get(history.size() - 1).eventType()).isEqualTo(EventType.WORKFLOW_EXECUTION_COMPLETED);
        assertThat(history).hasSize(17);
    }
}
