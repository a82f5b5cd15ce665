package dev.swfrelay.testcontainers;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Objects;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/** SigV4 for the admin routes of a guarded container, by the SDK's own signer: one key, the container's region, service {@code swf}. */
record RequestSigning(String accessKeyId, String secretAccessKey, String region) {

    RequestSigning {
        Objects.requireNonNull(accessKeyId, "accessKeyId");
        Objects.requireNonNull(secretAccessKey, "secretAccessKey");
        Objects.requireNonNull(region, "region");
    }

    /** Adds the signature headers for {@code method uri} with {@code body} to {@code request} (the JDK client sets Host itself). */
    void sign(HttpRequest.Builder request, String method, URI uri, String body, String contentType) {
        SdkHttpRequest.Builder unsigned = SdkHttpRequest.builder().method(SdkHttpMethod.fromValue(method)).uri(uri);
        if (contentType != null) {
            unsigned.putHeader("Content-Type", contentType);
        }
        SdkHttpRequest signed = AwsV4HttpSigner.create().sign(r -> r
                .identity(AwsCredentialsIdentity.create(accessKeyId, secretAccessKey))
                .request(unsigned.build())
                .payload(ContentStreamProvider.fromUtf8String(body))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "swf")
                .putProperty(AwsV4HttpSigner.REGION_NAME, region)).request();
        signed.headers().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Host") && !name.equalsIgnoreCase("Content-Type")) {
                values.forEach(value -> request.header(name, value));
            }
        });
    }

    @Override
    public String toString() {
        return "RequestSigning[" + accessKeyId + ", " + region + "]";
    }
}
