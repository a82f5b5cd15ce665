package dev.swfrelay.testcontainers;

import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.swf.SwfClient;

/**
 * An SDK v2 client for an emulator: dummy credentials, and a socket that reads for 10 s longer
 * than the poll hold (70 s at least, past SWF's own 60 s), so an empty long poll is an answer.
 */
final class EmulatorSwfClient {

    private static final Duration MIN_READ = Duration.ofSeconds(70);

    private EmulatorSwfClient() {
    }

    static SwfClient build(URI endpoint, String region, Duration pollHold) {
        return build(endpoint, region, pollHold, "AKIDSWFRELAY", "swf-relay");
    }

    /** The same with these keys, for a guarded server. */
    static SwfClient build(URI endpoint, String region, Duration pollHold, String accessKeyId, String secretAccessKey) {
        Duration read = pollHold.plusSeconds(10).compareTo(MIN_READ) < 0 ? MIN_READ : pollHold.plusSeconds(10);
        return SwfClient.builder()
                .endpointOverride(endpoint)
                .region(Region.of(region))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secretAccessKey)))
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(5))
                        .socketTimeout(read))
                .overrideConfiguration(c -> c.apiCallAttemptTimeout(read.plusSeconds(5))
                        .apiCallTimeout(read.plusSeconds(10)))
                .build();
    }
}
