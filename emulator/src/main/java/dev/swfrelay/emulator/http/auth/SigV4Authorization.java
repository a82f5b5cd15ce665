package dev.swfrelay.emulator.http.auth;

import dev.swfrelay.core.model.Faults;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A SigV4 {@code Authorization} header taken apart:
 * {@code AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/swf/aws4_request, SignedHeaders=host;x-amz-date, Signature=…}.
 */
record SigV4Authorization(String algorithm, String credential, List<String> signedHeaders, String signature) {

    SigV4Authorization {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(credential, "credential");
        Objects.requireNonNull(signature, "signature");
        signedHeaders = List.copyOf(signedHeaders);
    }

    /**
     * The header's parts; {@code MissingAuthenticationTokenException} when there is no AWS4 header,
     * {@code IncompleteSignatureException} naming every part missing, the date ({@code X-Amz-Date}) included.
     */
    static SigV4Authorization parse(String header, String amzDate) {
        if (header == null || !header.strip().startsWith("AWS4-")) {
            throw Faults.missingAuthentication();
        }
        String trimmed = header.strip();
        int space = trimmed.indexOf(' ');
        String algorithm = space < 0 ? trimmed : trimmed.substring(0, space);
        Map<String, String> parameters = parameters(space < 0 ? "" : trimmed.substring(space + 1));
        List<String> missing = new ArrayList<>();
        for (String part : List.of("Credential", "Signature", "SignedHeaders")) {
            if (parameters.getOrDefault(part, "").isEmpty()) {
                missing.add(Faults.missingSignaturePart(part));
            }
        }
        if (amzDate == null || amzDate.isEmpty()) {
            missing.add(Faults.missingSignatureDate());
        }
        if (!missing.isEmpty()) {
            throw Faults.incompleteSignature(missing, header)
                    .withDetail(amzDate == null ? "this server reads the signing time from X-Amz-Date only" : null);
        }
        List<String> signed = Arrays.stream(parameters.get("SignedHeaders").split(";"))
                .map(h -> h.strip().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty()).toList();
        return new SigV4Authorization(algorithm, parameters.get("Credential"), signed, parameters.get("Signature"));
    }

    private static Map<String, String> parameters(String text) {
        Map<String, String> parameters = new HashMap<>();
        for (String pair : text.split(",")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                parameters.putIfAbsent(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
            }
        }
        return parameters;
    }
}
