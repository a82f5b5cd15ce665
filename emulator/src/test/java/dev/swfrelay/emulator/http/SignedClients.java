package dev.swfrelay.emulator.http;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.retry.RetryPolicy;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.scheme.AwsV4AuthScheme;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.AsyncSignRequest;
import software.amazon.awssdk.http.auth.spi.signer.AsyncSignedRequest;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignRequest;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.IdentityProvider;
import software.amazon.awssdk.identity.spi.IdentityProviders;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.SwfClientBuilder;

/** SDK v2 clients for a guarded server: given keys and region, optionally signing on another clock, or capturing what they send. */
final class SignedClients {

    private SignedClients() {
    }

    static SwfClient client(URI endpoint, String keyId, String secret, String region) {
        return builder(endpoint, keyId, secret, region).build();
    }

    /** A client whose signer reads {@code signingClock} instead of the wall clock (the SDK's own signer, only its clock fixed). */
    static SwfClient signingOn(Clock signingClock, URI endpoint, String keyId, String secret, String region) {
        HttpSigner<AwsCredentialsIdentity> signer = new HttpSigner<>() {
            private final AwsV4HttpSigner sdk = AwsV4HttpSigner.create();

            @Override
            public SignedRequest sign(SignRequest<? extends AwsCredentialsIdentity> request) {
                return sdk.sign(request.copy(r -> r.putProperty(HttpSigner.SIGNING_CLOCK, signingClock)));
            }

            @Override
            public CompletableFuture<AsyncSignedRequest> signAsync(AsyncSignRequest<? extends AwsCredentialsIdentity> request) {
                return sdk.signAsync(request.copy(r -> r.putProperty(HttpSigner.SIGNING_CLOCK, signingClock)));
            }
        };
        AwsV4AuthScheme scheme = new AwsV4AuthScheme() {
            @Override
            public String schemeId() {
                return AwsV4AuthScheme.SCHEME_ID;
            }

            @Override
            public IdentityProvider<AwsCredentialsIdentity> identityProvider(IdentityProviders providers) {
                return providers.identityProvider(AwsCredentialsIdentity.class);
            }

            @Override
            public AwsV4HttpSigner signer() {
                return new AwsV4HttpSigner() {
                    @Override
                    public SignedRequest sign(SignRequest<? extends AwsCredentialsIdentity> request) {
                        return signer.sign(request);
                    }

                    @Override
                    public CompletableFuture<AsyncSignedRequest> signAsync(AsyncSignRequest<? extends AwsCredentialsIdentity> request) {
                        return signer.signAsync(request);
                    }
                };
            }
        };
        return builder(endpoint, keyId, secret, region).putAuthScheme(scheme).build();
    }

    /** A client that records the last request it sent, headers as signed and the body. */
    static SwfClient capturing(AtomicReference<Captured> last, URI endpoint, String keyId, String secret, String region) {
        return builder(endpoint, keyId, secret, region).overrideConfiguration(o -> o.retryPolicy(RetryPolicy.none())
                .addExecutionInterceptor(new ExecutionInterceptor() {
                    @Override
                    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
                        byte[] body = context.requestBody().map(b -> {
                            try (var in = b.contentStreamProvider().newStream()) {
                                return in.readAllBytes();
                            } catch (java.io.IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                        }).orElse(new byte[0]);
                        last.set(new Captured(context.httpRequest(), body));
                    }
                })).build();
    }

    /** A request as the SDK put it on the wire. */
    record Captured(SdkHttpRequest request, byte[] body) {
    }

    private static SwfClientBuilder builder(URI endpoint, String keyId, String secret, String region) {
        return SwfClient.builder()
                .endpointOverride(endpoint)
                .region(Region.of(region))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(keyId, secret)))
                .httpClientBuilder(UrlConnectionHttpClient.builder().socketTimeout(Duration.ofSeconds(70)))
                .overrideConfiguration(c -> c.retryPolicy(RetryPolicy.none()));
    }
}
