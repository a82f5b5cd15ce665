package dev.swfrelay.emulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.swfrelay.emulator.junit.SwfEmulatorTest;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.UnknownResourceException;

/** What the four measured clients send (wire-notes.md): every variant is served, state is regional. */
@SwfEmulatorTest(pollHold = "PT1S")
class WireVariantsTest {

    private static final String BOTO2_TARGET = "com.amazonaws.swf.service.model.SimpleWorkflowService.";
    private static final String REGISTER = "{\"name\": \"boto2\", \"workflowExecutionRetentionPeriodInDays\": \"1\"}";

    private final URI endpoint;

    WireVariantsTest(URI endpoint) {
        this.endpoint = endpoint;
    }

    private HttpRequest.Builder boto2(URI uri, String operation, String body, String authorization) {
        return HttpRequest.newBuilder(uri)
                .header("X-Amz-Target", BOTO2_TARGET + operation)
                .header("Content-Type", "application/json; charset=UTF-8")
                .header("Content-Encoding", "amz-1.0")
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    @Test
    void boto2HostModeWithItsOddScopeLandsInTheDefaultRegion(SwfClient swf) {
        RawHttp raw = new RawHttp(endpoint);
        String oddScope = "AWS4-HMAC-SHA256 Credential=AKID/20261129/0/127/aws4_request,SignedHeaders=host;x-amz-date;x-amz-target,Signature=0";
        RawHttp.Answer answer = raw.send(boto2(endpoint.resolve("/"), "RegisterDomain", REGISTER, oddScope));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("{}");
        assertThat(swf.describeDomain(r -> r.name("boto2")).domainInfo().arn())
                .isEqualTo("arn:aws:swf:us-east-1:123456789012:/domain/boto2");
    }

    @Test
    void boto2ProxyModeSendsAnAbsoluteFormTarget(SwfClient swf) {
        HttpClient viaProxy = HttpClient.newBuilder()
                .proxy(ProxySelector.of(new InetSocketAddress("127.0.0.1", endpoint.getPort()))).build();
        RawHttp raw = new RawHttp(viaProxy, URI.create("http://swf.us-east-1.amazonaws.com/"));
        RawHttp.Answer answer = raw.send(boto2(URI.create("http://swf.us-east-1.amazonaws.com/"), "RegisterDomain", REGISTER,
                RawHttp.SIGV4_US_EAST_1.replace(", ", ",")));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(swf.describeDomain(r -> r.name("boto2")).configuration().workflowExecutionRetentionPeriodInDays())
                .isEqualTo("1");
    }

    @Test
    void stateIsRegionalByTheSigV4Scope(SwfClient swf) {
        swf.registerDomain(r -> r.name("east-only").workflowExecutionRetentionPeriodInDays("1"));
        try (SwfClient west = SdkClients.sdk(endpoint, "us-west-1")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> west.describeDomain(r -> r.name("east-only")))
                    .isInstanceOf(UnknownResourceException.class);
            west.registerDomain(r -> r.name("east-only").workflowExecutionRetentionPeriodInDays("2"));
            assertThat(west.describeDomain(r -> r.name("east-only")).domainInfo().arn())
                    .isEqualTo("arn:aws:swf:us-west-1:123456789012:/domain/east-only");
        }
        assertThat(swf.describeDomain(r -> r.name("east-only")).configuration().workflowExecutionRetentionPeriodInDays())
                .isEqualTo("1");
    }

    @Test
    void successfulAnswersUseSwfsContentTypeAndKeepTheConnection() {
        RawHttp.Answer answer = new RawHttp(endpoint).call("ListDomains", "{\"registrationStatus\":\"REGISTERED\"}");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("{\"domainInfos\":[]}");
        assertThat(answer.raw().headers().firstValue("Content-Type")).hasValue("application/x-amz-json-1.0");
        assertThat(answer.raw().headers().firstValue("x-amzn-RequestId")).isPresent();
    }
}
