package dev.swfrelay.emulator.junit;

import dev.swfrelay.emulator.SwfEmulatorServer;
import dev.swfrelay.emulator.engine.Throttling;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.swf.SwfClient;

/**
 * A test class's server and the SDK client pointed at it; JUnit closes both after the class.
 * The client reads for 10 s longer than the poll hold, so an empty long poll is an answer,
 * not a timeout.
 */
record RunningEmulator(SwfEmulatorServer server, SwfClient client) implements AutoCloseable {

    static RunningEmulator start(String region, String accountId, Duration pollHold, Throttling throttling) {
        SwfEmulatorServer server = SwfEmulatorServer.builder()
                .port(0).region(region).accountId(accountId).pollHold(pollHold).throttling(throttling).build().start();
        Duration read = pollHold.plusSeconds(10).compareTo(Duration.ofSeconds(70)) < 0
                ? Duration.ofSeconds(70) : pollHold.plusSeconds(10);
        SwfClient client = SwfClient.builder()
                .endpointOverride(server.uri())
                .region(Region.of(region))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDSWFRELAY", "swf-relay")))
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(5))
                        .socketTimeout(read))
                .overrideConfiguration(c -> c.apiCallAttemptTimeout(read.plusSeconds(5))
                        .apiCallTimeout(read.plusSeconds(10)))
                .build();
        return new RunningEmulator(server, client);
    }

    @Override
    public void close() {
        client.close();
        server.close();
    }
}
