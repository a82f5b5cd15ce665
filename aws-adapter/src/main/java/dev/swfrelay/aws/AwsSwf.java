package dev.swfrelay.aws;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.ServiceMetadata;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.SwfClientBuilder;

/**
 * Builds {@link AwsSwfService}s: against SWF with the SDK's default credential and region
 * chains on the Apache HTTP client, or against any endpoint that speaks SWF's protocol (the
 * emulator's server) with the keys of the environment or dummy ones, a fixed region, no profile file and the
 * JDK's {@code HttpURLConnection} with no SSL context made up front (the SDK's lightest
 * client, {@link EndpointConnections}: a CLI command starts in less time; nothing probes
 * instance metadata or reads {@code ~/.aws}). Every client built here reads sockets for longer than SWF's 60-second
 * long-poll hold, retries throttling and transient errors with the SDK's standard retry
 * strategy, and bounds ordinary calls so a dead endpoint is reported rather than waited on.
 */
public final class AwsSwf {

    /** Longer than any long poll's answer takes, so the socket never gives up first. */
    static final Duration SOCKET_READ_TIMEOUT = AwsSwfService.POLL_ATTEMPT_TIMEOUT.plusSeconds(5);
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration CALL_ATTEMPT_TIMEOUT = Duration.ofSeconds(20);
    static final Duration CALL_TIMEOUT = Duration.ofSeconds(60);
    static final int MAX_CONNECTIONS = 256;

    private AwsSwf() {
    }

    /** SWF in the region and with the credentials the SDK's default chains find. */
    public static AwsSwfService fromDefaultChains() {
        return fromDefaultChains(null, null);
    }

    /**
     * SWF with the SDK's default chains, optionally narrowed: {@code region} (e.g.
     * {@code us-east-1}) instead of the region chain, {@code profile} for both chains'
     * profile lookups. Either may be null.
     */
    public static AwsSwfService fromDefaultChains(String region, String profile) {
        DefaultCredentialsProvider credentials = DefaultCredentialsProvider.builder().profileName(profile).build();
        Region resolved = region != null ? Region.of(region) : regionFromChain(profile);
        return build(SwfClient.builder().region(resolved), credentials, null);
    }

    private static Region regionFromChain(String profile) {
        try {
            return DefaultAwsRegionProviderChain.builder().profileName(profile).build().getRegion();
        } catch (SdkClientException e) {
            throw new IllegalStateException("No AWS region for SWF: set AWS_REGION, give the profile a region,"
                    + " or pass one to AwsSwf.fromDefaultChains(region, profile)", e);
        }
    }

    /**
     * A server that speaks SWF's protocol at {@code endpoint} (such as the emulator's
     * {@code http://127.0.0.1:8080}), with {@code region} signed into each request. The keys are
     * the {@code aws.accessKeyId}/{@code aws.secretAccessKey} system properties or the
     * {@code AWS_ACCESS_KEY_ID}/{@code AWS_SECRET_ACCESS_KEY} variables where set (a guarded
     * server checks them), else dummy ones (an open server ignores them); never a profile file.
     */
    public static AwsSwfService forEndpoint(URI endpoint, String region) {
        Objects.requireNonNull(endpoint, "endpoint");
        AwsCredentialsProvider keys = StaticCredentialsProvider.create(endpointKeys());
        SwfClientBuilder builder = SwfClient.builder()
                .region(Region.of(Objects.requireNonNull(region, "region")))
                .endpointOverride(endpoint)
                .overrideConfiguration(c -> c.defaultProfileFile(noProfileFile())
                        .defaultProfileFileSupplier(AwsSwf::noProfileFile));
        return build(builder, keys, endpoint,
                UrlConnectionHttpClient.create(new EndpointConnections(CONNECT_TIMEOUT, SOCKET_READ_TIMEOUT)));
    }

    /**
     * Loads what building any client and signing its first call take, whatever its settings: the
     * SDK's service metadata, which its client builder reads for SWF's signing region (it loads the
     * metadata of every AWS service, about a third of a CLI command's start), then SigV4's signer
     * (a request signed and sent nowhere, {@link SigningRehearsal}), which a client reaches later
     * than the metadata. A process may call it early on another thread.
     */
    public static void prepare() {
        ServiceMetadata.of(SwfClient.SERVICE_METADATA_ID);
        SigningRehearsal.run();
    }

    /** The keys named by system properties or the environment, read once (no provider chain), else dummy ones. */
    private static AwsBasicCredentials endpointKeys() {
        String id = setting("aws.accessKeyId", "AWS_ACCESS_KEY_ID");
        String secret = setting("aws.secretAccessKey", "AWS_SECRET_ACCESS_KEY");
        return id != null && secret != null
                ? AwsBasicCredentials.create(id, secret)
                : AwsBasicCredentials.create("swf-relay", "swf-relay-dummy-secret");
    }

    private static String setting(String property, String variable) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(variable);
        }
        return value == null || value.isBlank() ? null : value.trim();
    }

    /**
     * Settings the SDK would otherwise look up in {@code ~/.aws/config}: none, for an endpoint.
     * (The SDK's builder still parses the default profile files once while it builds and then
     * uses these instead; a process that must not read them at all says so in system properties,
     * as the CLI does for {@code --endpoint}.)
     */
    private static ProfileFile noProfileFile() {
        return ProfileFile.aggregator().build();
    }

    private static AwsSwfService build(SwfClientBuilder builder, AwsCredentialsProvider credentials, URI endpoint) {
        return build(builder, credentials, endpoint, ApacheHttpClient.builder()
                .socketTimeout(SOCKET_READ_TIMEOUT)
                .connectionTimeout(CONNECT_TIMEOUT)
                .maxConnections(MAX_CONNECTIONS)
                .build());
    }

    /** The same client on another transport: tests give it one that answers without a network. */
    static AwsSwfService build(SwfClientBuilder builder, AwsCredentialsProvider credentials, URI endpoint,
            SdkHttpClient transport) {
        AbortableHttpClient http = new AbortableHttpClient(transport);
        SwfClient client = builder
                .credentialsProvider(credentials)
                .httpClient(http)
                .overrideConfiguration(builder.overrideConfiguration().toBuilder()
                        .retryStrategy(RetryMode.STANDARD)
                        .apiCallAttemptTimeout(CALL_ATTEMPT_TIMEOUT)
                        .apiCallTimeout(CALL_TIMEOUT)
                        .build())
                .build();
        return new AwsSwfService(client, http, endpoint);
    }
}
