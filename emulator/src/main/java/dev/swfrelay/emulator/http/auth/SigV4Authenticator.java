package dev.swfrelay.emulator.http.auth;

import dev.swfrelay.emulator.engine.Tenant;
import dev.swfrelay.core.model.Faults;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * A guarded server: a request gets in only with a SigV4 signature, by a key of {@link AccountKeys},
 * over its canonical request as it arrived, scoped to the server's region and service {@code swf},
 * signed within 15 minutes of the server's real clock. The checks run in the order AWS's JSON
 * services run them, so a request wrong in several ways gets the fault they would answer first;
 * the signature itself is recomputed by the AWS SDK's signer ({@link SignatureCheck}).
 */
public final class SigV4Authenticator implements Authenticator {

    static final Duration SKEW = Duration.ofMinutes(15);
    private static final DateTimeFormatter BASIC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private final AccountKeys keys;
    private final String region;
    private final Clock realClock;
    private final SignatureCheck signatures = new SignatureCheck();

    /** {@code realClock} is the wall clock (never the engine's virtual one): signatures age in real time. */
    public SigV4Authenticator(AccountKeys keys, String region, Clock realClock) {
        this.keys = keys;
        this.region = region;
        this.realClock = realClock;
    }

    @Override
    public Tenant tenant(FullHttpRequest request) {
        String amzDate = request.headers().get("X-Amz-Date");
        SigV4Authorization authorization = SigV4Authorization.parse(request.headers().get(HttpHeaderNames.AUTHORIZATION), amzDate);
        Instant signedAt = signingTime(amzDate);
        checkFresh(signedAt, amzDate);
        if (!authorization.signedHeaders().contains("host")) {
            throw Faults.hostNotSigned();
        }
        if (!authorization.algorithm().equals("AWS4-HMAC-SHA256")) {
            throw Faults.unsupportedSignatureAlgorithm(authorization.algorithm());
        }
        CredentialScope scope = CredentialScope.parse(authorization.credential());
        scope.check(region, amzDate);
        AccountKey key = keys.find(scope.accessKeyId()).orElseThrow(() -> Faults.unrecognizedClient()
                .withDetail("no account has access key id " + scope.accessKeyId()));
        signatures.verify(request, authorization, key, region, signedAt);
        return new Tenant(key.accountId(), region);
    }

    private static Instant signingTime(String amzDate) {
        try {
            return LocalDateTime.parse(amzDate, BASIC).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notBasic) {
            throw Faults.signatureDateFormat(amzDate);
        }
    }

    private void checkFresh(Instant signedAt, String amzDate) {
        Instant now = realClock.instant();
        if (signedAt.isBefore(now.minus(SKEW))) {
            throw Faults.signatureExpired(amzDate, basic(now.minus(SKEW)), basic(now))
                    .withDetail("the request was signed " + Duration.between(signedAt, now).toSeconds()
                            + " s ago; check the client's clock");
        }
        if (signedAt.isAfter(now.plus(SKEW))) {
            throw Faults.signatureNotYetCurrent(amzDate, basic(now.plus(SKEW)), basic(now))
                    .withDetail("the request was signed " + Duration.between(now, signedAt).toSeconds()
                            + " s ahead of this server's clock; check the client's clock");
        }
    }

    private static String basic(Instant instant) {
        return BASIC.format(instant.atOffset(ZoneOffset.UTC));
    }
}
