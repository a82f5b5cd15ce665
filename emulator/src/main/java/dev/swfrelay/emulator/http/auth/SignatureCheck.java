package dev.swfrelay.emulator.http.auth;

import dev.swfrelay.core.model.Faults;
import io.netty.buffer.ByteBufUtil;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.signer.Aws4Signer;
import software.amazon.awssdk.auth.signer.params.Aws4SignerParams;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.regions.Region;

/**
 * Recomputes a request's SigV4 signature with the AWS SDK's own signer, from the request as it
 * arrived: its method, path and query as sent, only the headers its {@code SignedHeaders} names
 * (their values as received), the hash of the body received, and the signing time fixed to its
 * {@code X-Amz-Date}; then compares the two signatures in constant time.
 *
 * <p>{@code Aws4Signer} rather than the newer {@code AwsV4HttpSigner}: the newer one always adds
 * and signs {@code x-amz-content-sha256}, which the SDK v2 sends but boto3 and the AWS CLI do not,
 * so it could not reproduce their canonical requests. {@code Aws4Signer} signs exactly the headers given.
 */
final class SignatureCheck {

    @SuppressWarnings("deprecation") // Aws4Signer: see the class comment
    private final Aws4Signer signer = Aws4Signer.create();

    void verify(FullHttpRequest request, SigV4Authorization authorization, AccountKey key, String region, Instant signedAt) {
        SdkHttpFullRequest received = canonicalInput(request, authorization.signedHeaders());
        @SuppressWarnings("deprecation")
        SdkHttpFullRequest signed = signer.sign(received, Aws4SignerParams.builder()
                .awsCredentials(AwsBasicCredentials.create(key.accessKeyId(), key.secretAccessKey()))
                .signingName(CredentialScope.SERVICE)
                .signingRegion(Region.of(region))
                .signingClockOverride(Clock.fixed(signedAt, ZoneOffset.UTC))
                .build());
        SigV4Authorization expected = SigV4Authorization.parse(signed.firstMatchingHeader("Authorization").orElseThrow(),
                signed.firstMatchingHeader("X-Amz-Date").orElseThrow());
        if (!MessageDigest.isEqual(expected.signature().getBytes(StandardCharsets.US_ASCII),
                authorization.signature().getBytes(StandardCharsets.US_ASCII))) {
            throw Faults.signatureMismatch().withDetail(mismatchDetail(key, authorization, expected));
        }
    }

    private static String mismatchDetail(AccountKey key, SigV4Authorization sent, SigV4Authorization expected) {
        String detail = "access key id " + key.accessKeyId() + " (account " + key.accountId() + "), signed headers "
                + String.join(";", sent.signedHeaders());
        if (!expected.signedHeaders().equals(sent.signedHeaders())) {
            detail += "; the SDK's signer signs " + String.join(";", expected.signedHeaders())
                    + " of them (it leaves out connection, expect, user-agent and x-amzn-trace-id)";
        }
        return detail + "; a wrong secret, or a request changed after it was signed";
    }

    private static SdkHttpFullRequest canonicalInput(FullHttpRequest request, List<String> signedHeaders) {
        byte[] body = ByteBufUtil.getBytes(request.content());
        SdkHttpFullRequest.Builder builder = SdkHttpFullRequest.builder()
                .method(method(request))
                .uri(uri(request))
                .contentStreamProvider(() -> new ByteArrayInputStream(body));
        for (String name : signedHeaders) {
            if (!name.equals("host") && !name.equals("x-amz-date") && request.headers().contains(name)) {
                builder.putHeader(name, request.headers().getAll(name));
            }
        }
        return builder.build();
    }

    private static SdkHttpMethod method(FullHttpRequest request) {
        try {
            return SdkHttpMethod.fromValue(request.method().name());
        } catch (IllegalArgumentException unknown) {
            throw Faults.signatureMismatch().withDetail("method " + request.method() + " cannot be signed");
        }
    }

    /** The URI the client signed: the Host it sent, then the request target's path and query as sent. */
    private static URI uri(FullHttpRequest request) {
        String host = request.headers().get(HttpHeaderNames.HOST, "");
        String target = request.uri();
        int scheme = target.indexOf("://");
        if (scheme > 0 && scheme < 8) {
            int slash = target.indexOf('/', scheme + 3);
            target = slash < 0 ? "/" : target.substring(slash);
        }
        try {
            return new URI("http://" + host + target);
        } catch (URISyntaxException notAUri) {
            throw Faults.signatureMismatch().withDetail("Host '" + host + "' and target '" + target + "' do not make a URI");
        }
    }
}
