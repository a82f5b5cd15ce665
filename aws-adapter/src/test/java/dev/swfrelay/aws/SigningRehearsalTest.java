package dev.swfrelay.aws;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.SdkHttpRequest;

class SigningRehearsalTest {

    @Test
    void rehearsalSignsTheRequestWithSigV4ForSwf() {
        SdkHttpRequest signed = SigningRehearsal.run();

        assertThat(signed.firstMatchingHeader("Authorization")).hasValueSatisfying(authorization -> assertThat(authorization)
                .startsWith("AWS4-HMAC-SHA256 Credential=rehearsal/")
                .contains("/us-east-1/swf/aws4_request", "SignedHeaders=", "Signature="));
        assertThat(signed.firstMatchingHeader("X-Amz-Date")).isPresent();
        assertThat(signed.host()).isEqualTo("127.0.0.1");
    }
}
