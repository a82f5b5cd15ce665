package dev.swfrelay.emulator.http;

import dev.swfrelay.emulator.SwfEmulatorServer;
import dev.swfrelay.emulator.http.auth.AccountKey;
import dev.swfrelay.emulator.http.auth.AccountKeys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.DomainInfo;
import software.amazon.awssdk.services.swf.model.RegistrationStatus;

/**
 * A server with credentials, reached by the real SDK v2 client: the right keys get in, and each
 * wrong way of signing is refused with the status, {@code __type} and message AWS's JSON services
 * answer, leaving no trace in state. Two accounts keep two states.
 */
class GuardedServerTest {

    static final String ALPHA = "AKIDALPHA";
    static final String ALPHA_SECRET = "alpha/secret+1";
    static final String BETA = "AKIDBETA";
    static final String BETA_SECRET = "beta-secret";
    private static final String MISMATCH = "The request signature we calculated does not match the signature you "
            + "provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.";

    private static SwfEmulatorServer server;
    private static SwfClient alpha;
    private static SwfClient beta;

    @BeforeAll
    static void start() {
        server = SwfEmulatorServer.builder().pollHold(Duration.ofSeconds(1))
                .credentials(AccountKeys.of(new AccountKey(ALPHA, ALPHA_SECRET, "111111111111"),
                        new AccountKey(BETA, BETA_SECRET, "222222222222")))
                .build().start();
        alpha = SignedClients.client(server.uri(), ALPHA, ALPHA_SECRET, "us-east-1");
        beta = SignedClients.client(server.uri(), BETA, BETA_SECRET, "us-east-1");
    }

    @AfterAll
    static void stop() {
        alpha.close();
        beta.close();
        server.close();
    }

    @Test
    void theRightKeysGetIn() {
        alpha.registerDomain(r -> r.name("alpha-in").workflowExecutionRetentionPeriodInDays("1"));
        assertThat(domains(alpha)).contains("alpha-in");
        assertThat(server.guarded()).isTrue();
    }

    @Test
    void anUnknownKeyIsAnUnrecognizedClient() {
        try (SwfClient stranger = SignedClients.client(server.uri(), "AKIDNOBODY", ALPHA_SECRET, "us-east-1")) {
            assertRefused(() -> register(stranger, "unknown-key"), "UnrecognizedClientException",
                    "The security token included in the request is invalid.");
        }
        assertThat(domains(alpha)).doesNotContain("unknown-key");
    }

    @Test
    void aWrongSecretIsAnInvalidSignature() {
        try (SwfClient wrong = SignedClients.client(server.uri(), ALPHA, "not-alphas-secret", "us-east-1")) {
            assertRefused(() -> register(wrong, "wrong-secret"), "InvalidSignatureException", MISMATCH);
        }
        assertThat(domains(alpha)).doesNotContain("wrong-secret");
    }

    @Test
    void anotherRegionInTheScopeIsRefused() {
        try (SwfClient west = SignedClients.client(server.uri(), ALPHA, ALPHA_SECRET, "us-west-2")) {
            assertRefused(() -> register(west, "other-region"), "InvalidSignatureException",
                    "Credential should be scoped to a valid region, not 'us-west-2'. ");
        }
        assertThat(domains(alpha)).doesNotContain("other-region");
    }

    @Test
    void aRequestSignedTwentyMinutesAgoHasExpired() {
        Clock past = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-20));
        try (SwfClient late = SignedClients.signingOn(past, server.uri(), ALPHA, ALPHA_SECRET, "us-east-1")) {
            AwsServiceException refused = refusal(() -> register(late, "expired"));
            assertThat(refused.awsErrorDetails().errorCode()).isEqualTo("InvalidSignatureException");
            assertThat(refused.awsErrorDetails().errorMessage()).matches("Signature expired: \\d{8}T\\d{6}Z is now earlier "
                    + "than \\d{8}T\\d{6}Z \\(\\d{8}T\\d{6}Z - 15 min\\.\\)");
        }
        assertThat(domains(alpha)).doesNotContain("expired");
    }

    @Test
    void aRequestSignedTwentyMinutesAheadIsNotYetCurrent() {
        Clock ahead = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(20));
        try (SwfClient early = SignedClients.signingOn(ahead, server.uri(), ALPHA, ALPHA_SECRET, "us-east-1")) {
            AwsServiceException refused = refusal(() -> register(early, "ahead"));
            assertThat(refused.awsErrorDetails().errorMessage()).matches("Signature not yet current: \\d{8}T\\d{6}Z is "
                    + "still later than \\d{8}T\\d{6}Z \\(\\d{8}T\\d{6}Z \\+ 15 min\\.\\)");
        }
        assertThat(domains(alpha)).doesNotContain("ahead");
    }

    @Test
    void aSignedRequestReplayedWithAnotherBodyIsRefused() {
        AtomicReference<SignedClients.Captured> sent = new AtomicReference<>();
        try (SwfClient capturing = SignedClients.capturing(sent, server.uri(), ALPHA, ALPHA_SECRET, "us-east-1")) {
            register(capturing, "replay-a");
        }
        RawHttp raw = new RawHttp(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(), server.uri());
        String body = new String(sent.get().body(), StandardCharsets.UTF_8);
        assertThat(body).contains("replay-a");

        RawHttp.Answer changed = raw.send(replay(sent.get(), body.replace("replay-a", "replay-b")));
        assertThat(changed.status()).isEqualTo(400);
        assertThat(changed.type()).isEqualTo("com.amazon.coral.service#InvalidSignatureException");
        assertThat(changed.message()).isEqualTo(MISMATCH);
        assertThat(domains(alpha)).contains("replay-a").doesNotContain("replay-b");

        // the same bytes unchanged are let in (as SWF lets a replay in within 15 minutes): the replay itself is faithful
        RawHttp.Answer same = raw.send(replay(sent.get(), body));
        assertThat(same.type()).isEqualTo("com.amazonaws.swf.base.model#DomainAlreadyExistsFault");
    }

    @Test
    void anUnsignedRequestIsMissingItsToken() {
        RawHttp.Answer answer = handMade("RegisterDomain", null,
                "{\"name\":\"unsigned\",\"workflowExecutionRetentionPeriodInDays\":\"1\"}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.type()).isEqualTo("com.amazon.coral.service#MissingAuthenticationTokenException");
        assertThat(answer.message()).isEqualTo("Request is missing Authentication Token");
        assertThat(domains(alpha)).doesNotContain("unsigned");
    }

    @Test
    void aHeaderWithoutItsPartsIsAnIncompleteSignature() {
        RawHttp.Answer answer = handMade("ListDomains",
                "AWS4-HMAC-SHA256 Credential=AKIDALPHA/20260101/us-east-1/swf/aws4_request", "{\"registrationStatus\":\"REGISTERED\"}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.type()).isEqualTo("com.amazon.coral.service#IncompleteSignatureException");
        assertThat(answer.message()).isEqualTo("Authorization header requires 'Signature' parameter. "
                + "Authorization header requires 'SignedHeaders' parameter. "
                + "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. "
                + "Authorization=AWS4-HMAC-SHA256 Credential=AKIDALPHA/20260101/us-east-1/swf/aws4_request");
    }

    @Test
    void twoAccountsKeepTwoStates() {
        register(alpha, "shared-name");
        assertThat(domains(beta)).doesNotContain("shared-name");
        register(beta, "shared-name");
        register(beta, "beta-only");
        assertThat(domains(alpha)).contains("shared-name").doesNotContain("beta-only");
        assertThat(server.service("222222222222", "us-east-1").listDomains(
                dev.swfrelay.core.api.ListDomainsRequest.builder().registrationStatus(
                        dev.swfrelay.core.model.RegistrationStatus.REGISTERED).build()).domainInfos())
                .extracting(d -> d.name()).contains("shared-name", "beta-only");
    }

    @Test
    void theAdminRoutesButHealthWantASignature() {
        RawHttp raw = new RawHttp(server.uri());
        assertThat(raw.send(HttpRequest.newBuilder(server.uri().resolve("/_relay/health")).GET()).status()).isEqualTo(200);
        for (String route : List.of("/_relay/reset", "/moto-api/reset", "/_relay/clock")) {
            RawHttp.Answer refused = raw.send(HttpRequest.newBuilder(server.uri().resolve(route))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"freeze\": true}")));
            assertThat(refused.type()).as(route).isEqualTo("com.amazon.coral.service#MissingAuthenticationTokenException");
        }
        RawHttp.Answer clock = raw.send(HttpRequest.newBuilder(server.uri().resolve("/_relay/clock")).GET());
        assertThat(clock.type()).isEqualTo("com.amazon.coral.service#MissingAuthenticationTokenException");
        RawHttp.Answer taskLists = raw.send(HttpRequest.newBuilder(server.uri().resolve("/_relay/tasklists?domain=d")).GET());
        assertThat(taskLists.type()).isEqualTo("com.amazon.coral.service#MissingAuthenticationTokenException");
        assertThat(server.clock().isFrozen()).isFalse();
    }

    @Test
    void aSignedResetForgetsEveryAccount() {
        try (SwfEmulatorServer own = SwfEmulatorServer.builder().pollHold(Duration.ofSeconds(1))
                .credentials(AccountKeys.of(new AccountKey(ALPHA, ALPHA_SECRET, "111111111111"))).build().start();
             SwfClient client = SignedClients.client(own.uri(), ALPHA, ALPHA_SECRET, "us-east-1")) {
            register(client, "before-reset");
            RawHttp.Answer reset = new RawHttp(own.uri()).send(SignedAdmin.post(own.uri().resolve("/_relay/reset"),
                    ALPHA, ALPHA_SECRET, "us-east-1"));
            assertThat(reset.status()).as(reset.body()).isEqualTo(200);
            assertThat(domains(client)).doesNotContain("before-reset");
        }
    }

    /** An SWF request made by hand, with {@code authorization} as given (none when null). */
    private static RawHttp.Answer handMade(String operation, String authorization, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri().resolve("/"))
                .header("X-Amz-Target", "SimpleWorkflowService." + operation)
                .header("Content-Type", "application/x-amz-json-1.0")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return new RawHttp(server.uri()).send(request);
    }

    private static HttpRequest.Builder replay(SignedClients.Captured captured, String body) {
        Set<String> restricted = Set.of("host", "content-length", "connection", "expect", "upgrade");
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri().resolve("/"))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        captured.request().headers().forEach((name, values) -> {
            if (!restricted.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                values.forEach(value -> request.header(name, value));
            }
        });
        return request;
    }

    private static void register(SwfClient client, String domain) {
        client.registerDomain(r -> r.name(domain).workflowExecutionRetentionPeriodInDays("1"));
    }

    static List<String> domains(SwfClient client) {
        return client.listDomains(r -> r.registrationStatus(RegistrationStatus.REGISTERED)).domainInfos().stream()
                .map(DomainInfo::name).toList();
    }

    private static void assertRefused(Runnable call, String code, String message) {
        AwsServiceException refused = refusal(call);
        assertThat(refused.awsErrorDetails().errorCode()).isEqualTo(code);
        assertThat(refused.awsErrorDetails().errorMessage()).isEqualTo(message);
    }

    private static AwsServiceException refusal(Runnable call) {
        AwsServiceException refused = catchThrowableOfType(call::run, AwsServiceException.class);
        assertThat(refused).as("the call should be refused").isNotNull();
        assertThat(refused.statusCode()).isEqualTo(400);
        return refused;
    }
}
