package dev.swfrelay.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.swfrelay.aws.ScriptedTransport.Reply;
import dev.swfrelay.core.api.DescribeDomainRequest;
import dev.swfrelay.core.api.PollForActivityTaskRequest;
import dev.swfrelay.core.api.PollForDecisionTaskRequest;
import dev.swfrelay.core.model.ActivityTask;
import dev.swfrelay.core.model.DecisionTask;
import dev.swfrelay.core.model.FaultType;
import dev.swfrelay.core.model.SwfFault;
import dev.swfrelay.core.model.TaskList;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.swf.SwfClient;

/** The service's behaviour around the SDK (faults, retries, poll timeouts, withdrawal), on a transport without network. */
class AwsSwfServiceTest {

    private static final URI ENDPOINT = URI.create("http://swf.test.invalid");
    private final List<SdkRequest> seen = new CopyOnWriteArrayList<>();
    private AwsSwfService service;

    @AfterEach
    void close() {
        if (service != null) {
            service.close();
        }
    }

    private ScriptedTransport serve(Function<String, Reply> script) {
        ScriptedTransport transport = new ScriptedTransport(script);
        ExecutionInterceptor recorder = new ExecutionInterceptor() {
            @Override
            public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                seen.add(context.request());
            }
        };
        service = AwsSwf.build(SwfClient.builder().region(Region.US_EAST_1).endpointOverride(ENDPOINT)
                        .overrideConfiguration(c -> c.addExecutionInterceptor(recorder)),
                AnonymousCredentialsProvider.create(), ENDPOINT, transport);
        return transport;
    }

    @Test
    void swfFaultsKeepTheirNameAndMessage() {
        serve(op -> new Reply(400, "{\"__type\":\"com.amazonaws.swf.base.model#UnknownResourceFault\","
                + "\"message\":\"Unknown domain: nowhere\"}"));

        assertThatThrownBy(() -> service.describeDomain(new DescribeDomainRequest("nowhere")))
                .isInstanceOfSatisfying(SwfFault.class, fault -> {
                    assertThat(fault.type()).isEqualTo(FaultType.UnknownResourceFault);
                    assertThat(fault.getMessage()).isEqualTo("Unknown domain: nowhere");
                });
    }

    @Test
    void validationErrorsAreValidationFaults() {
        serve(op -> new Reply(400, "{\"__type\":\"com.amazon.coral.validate#ValidationException\","
                + "\"message\":\"1 validation error detected\"}"));

        assertThatThrownBy(() -> service.describeDomain(new DescribeDomainRequest("d")))
                .isInstanceOfSatisfying(SwfFault.class,
                        fault -> assertThat(fault.type()).isEqualTo(FaultType.ValidationException));
    }

    @Test
    void throttlingIsRetriedBySdk() {
        List<String> answers = new CopyOnWriteArrayList<>(List.of(
                "{\"__type\":\"com.amazon.coral.service#ThrottlingException\",\"message\":\"Rate exceeded\"}"));
        ScriptedTransport transport = serve(op -> answers.isEmpty()
                ? new Reply(200, "{\"domainInfo\":{\"name\":\"d\",\"status\":\"REGISTERED\"},"
                        + "\"configuration\":{\"workflowExecutionRetentionPeriodInDays\":\"1\"}}")
                : new Reply(400, answers.remove(0)));

        assertThat(service.describeDomain(new DescribeDomainRequest("d")).domainInfo().name()).isEqualTo("d");
        assertThat(transport.operations).containsExactly("DescribeDomain", "DescribeDomain");
    }

    @Test
    void unreachableEndpointIsReportedAsSuch() {
        serve(op -> Reply.BROKEN);

        assertThatThrownBy(() -> service.describeDomain(new DescribeDomainRequest("d")))
                .isInstanceOf(SwfUnreachableException.class)
                .hasMessageContaining("DescribeDomain").hasMessageContaining(ENDPOINT.toString());
    }

    @Test
    void pollsWaitLongerThanSwfHoldsThem() throws Exception {
        serve(op -> new Reply(200, "{\"startedEventId\":0}"));

        service.pollForDecisionTask(PollForDecisionTaskRequest.builder().domain("d")
                .taskList(new TaskList("t")).build()).get(5, TimeUnit.SECONDS);
        service.describeDomain(new DescribeDomainRequest("d"));

        AwsRequestOverrideConfiguration poll = (AwsRequestOverrideConfiguration) seen.get(0).overrideConfiguration()
                .orElseThrow();
        assertThat(poll.apiCallAttemptTimeout()).hasValueSatisfying(
                timeout -> assertThat(timeout).isGreaterThanOrEqualTo(Duration.ofSeconds(70)));
        assertThat(seen.get(1).overrideConfiguration()).isEmpty();
        assertThat(AwsSwf.SOCKET_READ_TIMEOUT).isGreaterThanOrEqualTo(Duration.ofSeconds(70));
    }

    @Test
    void emptyPollIsTaskWithoutToken() throws Exception {
        serve(op -> new Reply(200, "{\"startedEventId\":0}"));

        ActivityTask task = service.pollForActivityTask(PollForActivityTaskRequest.builder().domain("d")
                .taskList(new TaskList("t")).build()).get(5, TimeUnit.SECONDS);

        assertThat(task.taskToken()).isNull();
    }

    @Test
    void cancellingPollAbortsItsConnection() throws Exception {
        ScriptedTransport transport = serve(op -> Reply.HOLD);
        CompletableFuture<DecisionTask> poll = service.pollForDecisionTask(PollForDecisionTaskRequest.builder()
                .domain("d").taskList(new TaskList("t")).build());
        assertThat(transport.holding.await(10, TimeUnit.SECONDS)).isTrue();

        assertThat(poll.cancel(false)).isTrue();

        assertThat(transport.aborted.await(10, TimeUnit.SECONDS)).isTrue();
        assertThatThrownBy(poll::join).isInstanceOf(CancellationException.class);
        assertThat(transport.operations).containsExactly("PollForDecisionTask");
    }
}
