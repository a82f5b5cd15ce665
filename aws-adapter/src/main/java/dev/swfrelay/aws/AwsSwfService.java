package dev.swfrelay.aws;

import dev.swfrelay.core.model.SwfFault;
import dev.swfrelay.core.service.ServicePorts;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.SwfRequest;
import software.amazon.awssdk.services.swf.model.SwfResponse;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * Every SWF operation on AWS SDK for Java v2's {@link SwfClient}, speaking core's model.
 * Requests and answers are mapped member by member by SWF's wire names; the SDK's
 * exceptions become {@link SwfFault} with SWF's fault name, or
 * {@link SwfUnreachableException} when no answer came. The two long polls run on threads
 * of their own with call timeouts longer than the service's 60-second hold; cancelling a
 * poll's future withdraws it. The 39 wrappers, one per operation, are generated
 * ({@link SdkOperations}, by {@code scripts/gen_model.py}). Build one with {@link AwsSwf}.
 */
public final class AwsSwfService extends SdkOperations implements AutoCloseable {

    /** Longer than SWF's 60-second hold on a long poll, so the service always answers first. */
    public static final Duration POLL_ATTEMPT_TIMEOUT = Duration.ofSeconds(70);

    private final SwfClient client;
    private final AbortableHttpClient ownedHttp;
    private final FaultTranslator faults;
    private final SdkWriter writer;
    private final SdkReader reader;
    private final LongPolls polls;
    private final AwsRequestOverrideConfiguration pollTimeouts = AwsRequestOverrideConfiguration.builder()
            .apiCallAttemptTimeout(POLL_ATTEMPT_TIMEOUT)
            .apiCallTimeout(POLL_ATTEMPT_TIMEOUT.multipliedBy(3))
            .build();

    /**
     * Wraps a client built elsewhere. Its HTTP client's socket read timeout must exceed 60
     * seconds for long polls; a cancelled poll interrupts its thread but cannot close the
     * connection, so the service may still hand that poll a task.
     */
    public AwsSwfService(SwfClient client) {
        this(client, null, null);
    }

    AwsSwfService(SwfClient client, AbortableHttpClient http, URI endpoint) {
        this.client = Objects.requireNonNull(client, "client");
        this.ownedHttp = http;
        SdkFields fields = new SdkFields();
        this.faults = new FaultTranslator(endpoint);
        this.writer = new SdkWriter(fields);
        this.reader = new SdkReader(fields);
        this.polls = new LongPolls(http);
    }

    /** The four ports on this service for {@code domain}; pollers identify themselves as {@code identity}. */
    public ServicePorts ports(String domain, String identity) {
        return ServicePorts.of(this, domain, identity);
    }

    /** The SDK client underneath, for what the ports do not cover. */
    @Override
    public SwfClient client() {
        return client;
    }

    @Override
    <Q extends SwfRequest, P extends SwfResponse, R> R call(String operation, Object request,
            SdkBuilder<?, Q> builder, Function<Q, P> sdkCall, Class<R> answer) {
        Q sdkRequest = writer.write(request, (SdkPojo) builder);
        P response = faults.call(operation, () -> sdkCall.apply(sdkRequest));
        return answer == null ? null : reader.read(response, answer);
    }

    @Override
    <T> CompletableFuture<T> poll(Supplier<T> call) {
        return polls.submit(call);
    }

    @Override
    AwsRequestOverrideConfiguration pollTimeouts() {
        return pollTimeouts;
    }

    /** Withdraws the polls in flight and closes the SDK client (and its HTTP client when {@link AwsSwf} built it). */
    @Override
    public void close() {
        polls.close();
        client.close();
        if (ownedHttp != null) {
            ownedHttp.close();
        }
    }
}
