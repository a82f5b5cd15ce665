package dev.swfrelay.emulator.http;

import java.net.URI;
import java.net.http.HttpRequest;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/** An admin request signed as {@code curl --aws-sigv4 "aws:amz:REGION:swf"} would sign it, by the SDK's signer. */
final class SignedAdmin {

    private SignedAdmin() {
    }

    static HttpRequest.Builder post(URI route, String keyId, String secret, String region) {
        SdkHttpRequest unsigned = SdkHttpRequest.builder().method(SdkHttpMethod.POST).uri(route).build();
        SdkHttpRequest signed = AwsV4HttpSigner.create().sign(r -> r
                .identity(AwsCredentialsIdentity.create(keyId, secret))
                .request(unsigned)
                .payload(ContentStreamProvider.fromUtf8String(""))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "swf")
                .putProperty(AwsV4HttpSigner.REGION_NAME, region)).request();
        HttpRequest.Builder request = HttpRequest.newBuilder(route).POST(HttpRequest.BodyPublishers.noBody());
        signed.headers().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("host")) {
                values.forEach(value -> request.header(name, value));
            }
        });
        return request;
    }
}
