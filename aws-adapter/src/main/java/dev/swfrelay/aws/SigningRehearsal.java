package dev.swfrelay.aws;

import java.nio.charset.StandardCharsets;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * Signs one made-up SWF request with SigV4, as every client's first call does, and sends it
 * nowhere: the signer's classes, its checksums and the JDK's HMAC-SHA256 and SHA-256 (the first
 * {@code Mac.getInstance} loads the JDK's crypto provider) are then ready when a command's own
 * first call is signed. Needs no client, no service metadata, no credentials and no network.
 */
final class SigningRehearsal {

    private SigningRehearsal() {
    }

    /** Signs the made-up request; returns it signed. */
    static SdkHttpRequest run() {
        byte[] body = "{\"domain\":\"rehearsal\"}".getBytes(StandardCharsets.UTF_8);
        SdkHttpFullRequest request = SdkHttpFullRequest.builder()
                .method(SdkHttpMethod.POST)
                .protocol("http").host("127.0.0.1").port(1).encodedPath("/")
                .putHeader("Content-Type", "application/x-amz-json-1.0")
                .putHeader("X-Amz-Target", "SimpleWorkflowService.ListOpenWorkflowExecutions")
                .contentStreamProvider(ContentStreamProvider.fromByteArrayUnsafe(body))
                .build();
        return AwsV4HttpSigner.create().sign(signing -> signing
                .request(request)
                .payload(request.contentStreamProvider().orElseThrow())
                .identity(AwsCredentialsIdentity.create("rehearsal", "rehearsal"))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "swf")
                .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1"))
                .request();
    }
}
