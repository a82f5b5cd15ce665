package dev.swfrelay.emulator.http;

import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryPolicy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.swf.SwfClient;

/** SDK v2 clients pointed at a test's server, with dummy credentials and no retries. */
final class SdkClients {

    private SdkClients() {
    }

    static SwfClient sdk(URI endpoint, String region) {
        return SwfClient.builder()
                .endpointOverride(endpoint)
                .region(Region.of(region))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "secret")))
                .httpClientBuilder(UrlConnectionHttpClient.builder().socketTimeout(Duration.ofSeconds(70)))
                .overrideConfiguration(c -> c.retryPolicy(RetryPolicy.none()))
                .build();
    }
}
