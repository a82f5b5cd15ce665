package dev.swfrelay.emulator.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.swfrelay.emulator.engine.clock.VirtualClock;
import dev.swfrelay.emulator.junit.SwfEmulatorTest;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.RegistrationStatus;
import software.amazon.awssdk.services.swf.model.SwfException;

/**
 * A server throttling at {@code swf:0.01} on a frozen clock, through real clients with their
 * default retries: a throttled call is HTTP 400 {@code ThrottlingException} "Rate exceeded", which
 * SDK v2 and boto3 retry on their own, and which succeeds once the clock has refilled the bucket.
 * ListDomains is the call: 100 tokens and 6 a second on SWF, so one token and 0.06 a second here.
 */
@SwfEmulatorTest(pollHold = "PT2S", throttling = "swf:0.01")
class ThrottlingOverHttpTest {

    private final URI endpoint;
    private final VirtualClock clock;

    ThrottlingOverHttpTest(URI endpoint, VirtualClock clock) {
        this.endpoint = endpoint;
        this.clock = clock;
    }

    @BeforeEach
    void freezeTheClock() {
        clock.freeze(clock.now());
    }

    /** Counts attempts; when {@code advance} is set, moves the clock on past the refill after a throttled answer. */
    private static final class Attempts implements ExecutionInterceptor {
        private final AtomicInteger count = new AtomicInteger();
        private final VirtualClock advance;

        Attempts(VirtualClock advance) {
            this.advance = advance;
        }

        @Override
        public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
            count.incrementAndGet();
        }

        @Override
        public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes attributes) {
            boolean throttled = context.httpResponse().statusCode() == 400 && context.httpResponse()
                    .firstMatchingHeader("x-amzn-ErrorType").filter("ThrottlingException"::equals).isPresent();
            if (throttled && advance != null) {
                advance.advance(Duration.ofSeconds(20));
            }
        }
    }

    /** A client with the SDK's default retry strategy, and {@code attempts} watching it. */
    private SwfClient client(Attempts attempts) {
        return SwfClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "secret")))
                .httpClientBuilder(UrlConnectionHttpClient.builder().socketTimeout(Duration.ofSeconds(70)))
                .overrideConfiguration(c -> c.addExecutionInterceptor(attempts))
                .build();
    }

    @Test
    void sdkV2RetriesAThrottledCallAndSucceedsOnceTheClockRefilledTheBucket() {
        Attempts attempts = new Attempts(clock);
        try (SwfClient swf = client(attempts)) {
            swf.listDomains(r -> r.registrationStatus(RegistrationStatus.REGISTERED));
            attempts.count.set(0);

            swf.listDomains(r -> r.registrationStatus(RegistrationStatus.REGISTERED));

            assertThat(attempts.count).hasValue(2);
        }
    }

    @Test
    void sdkV2GivesUpWithSwfsFaultWhileTheClockStandsStill() {
        Attempts attempts = new Attempts(null);
        try (SwfClient swf = client(attempts)) {
            swf.listDomains(r -> r.registrationStatus(RegistrationStatus.REGISTERED));
            attempts.count.set(0);

            assertThatThrownBy(() -> swf.listDomains(r -> r.registrationStatus(RegistrationStatus.REGISTERED)))
                    .isInstanceOfSatisfying(SwfException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(400);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ThrottlingException");
                        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Rate exceeded");
                        assertThat(e.isThrottlingException()).isTrue();
                    });
            assertThat(attempts.count.get()).as("the SDK's own retries").isGreaterThan(1);
        }
    }

    @Test
    void theWireFormIsSwfsThrottlingException() {
        RawHttp raw = new RawHttp(endpoint);
        assertThat(raw.call("ListDomains", "{\"registrationStatus\":\"REGISTERED\"}").status()).isEqualTo(200);

        RawHttp.Answer throttled = raw.call("ListDomains", "{\"registrationStatus\":\"REGISTERED\"}");

        assertThat(throttled.status()).isEqualTo(400);
        assertThat(throttled.type()).isEqualTo("com.amazon.coral.availability#ThrottlingException");
        assertThat(throttled.message()).isEqualTo("Rate exceeded");
        assertThat(throttled.json().size()).as("only __type and message").isEqualTo(2);
    }

    @Test
    void boto3RetriesAThrottledCallAndSucceedsOnceTheClockRefilledTheBucket(@TempDir Path dir) throws Exception {
        JsonNode seen = Boto3Script.run("/throttling/boto3_throttled.py", endpoint, dir);

        assertThat(seen.path("throttledAttempts").asInt()).isEqualTo(1);
        assertThat(seen.path("throttledStatus").asInt()).isEqualTo(400);
        assertThat(seen.path("throttledMessage").asText()).isEqualTo("Rate exceeded");
        assertThat(seen.path("retryAttempts").asInt()).as("boto3's own retry").isEqualTo(1);
        JsonNode gaveUp = seen.path("gaveUp");
        assertThat(gaveUp.path("code").asText()).isEqualTo("ThrottlingException");
        assertThat(gaveUp.path("message").asText()).isEqualTo("Rate exceeded");
        assertThat(gaveUp.path("status").asInt()).isEqualTo(400);
        assertThat(gaveUp.path("attempts").asInt()).isEqualTo(2);
    }
}
