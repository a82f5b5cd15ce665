import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.ExecutionTimeFilter;

/**
 * The floor under {@code swf-relay list}'s wall time (scripts/bench/cli_wall.py), not part of the
 * product: the least a Java program on the AWS SDK v2 does to list a domain's open executions. It
 * builds an {@code SwfClient} for an endpoint (us-east-1, static dummy keys) on the transport the
 * product's aws-adapter gives an endpoint ({@code AwsSwf.forEndpoint}: the SDK's
 * {@code UrlConnectionHttpClient} on plain {@code HttpURLConnection}s, no SSL context made up
 * front), makes one {@code ListOpenWorkflowExecutions} of the executions started in the last 7 days
 * (the listing of {@code swf-relay list --open} and of the AWS CLI's {@code list-open-workflow-executions}
 * as cli_wall.py runs them), prints how many it found and exits: no command line parsing, no head start, no retry or
 * timeout settings, no output formatting. A failed call exits non-zero (its exception escapes
 * {@code main}). cli_wall.py runs it with the launcher's JVM flags and a class-data archive of its
 * own. Usage: {@code java -cp swf-relay.jar:floors.jar SdkFloor ENDPOINT DOMAIN}.
 */
public final class SdkFloor {

    private SdkFloor() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: SdkFloor ENDPOINT DOMAIN");
        }
        try (SwfClient swf = SwfClient.builder()
                .endpointOverride(URI.create(args[0]))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("floor", "floor-secret")))
                .httpClient(UrlConnectionHttpClient.create(SdkFloor::open))
                .build()) {
            var open = swf.listOpenWorkflowExecutions(request -> request.domain(args[1])
                    .startTimeFilter(ExecutionTimeFilter.builder().oldestDate(Instant.now().minus(Duration.ofDays(7))).build()));
            System.out.println(open.executionInfos().size());
        }
    }

    /** A plain connection, as the adapter's {@code EndpointConnections} opens one (its timeouts left out). */
    private static HttpURLConnection open(URI uri) {
        try {
            return (HttpURLConnection) uri.toURL().openConnection();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a connection to " + uri, e);
        }
    }
}
