package dev.swfrelay.it.bench.load;

import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.swf.SwfClient;

/**
 * SDK v2 {@code SwfClient}s of the load runs, each on its own Apache HTTP client holding at
 * most one connection, so N clients are N connections. They sign with SigV4 as any SDK
 * client does, never retry (an error must show, not be retried away), and report every
 * answer's status to one {@link WireStatuses}.
 */
public final class OneConnectionClients {

    private static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(75);

    private final URI endpoint;
    private final WireStatuses statuses;

    public OneConnectionClients(URI endpoint, WireStatuses statuses) {
        this.endpoint = endpoint;
        this.statuses = statuses;
    }

    public SwfClient client() {
        return SwfClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("load", "load-secret")))
                .httpClient(ApacheHttpClient.builder().maxConnections(1).socketTimeout(SOCKET_TIMEOUT).build())
                .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry())
                        .defaultProfileFileSupplier(() -> ProfileFile.aggregator().build())
                        .addExecutionInterceptor(statuses))
                .build();
    }
}
