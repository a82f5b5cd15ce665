package dev.swfrelay.emulator.http.auth;

import dev.swfrelay.core.model.Faults;
import java.util.ArrayList;
import java.util.List;

/** The {@code Credential=} of a SigV4 header: {@code keyid/yyyyMMdd/region/service/aws4_request}. */
record CredentialScope(String accessKeyId, String date, String region, String service, String terminator) {

    static final String SERVICE = "swf";
    static final String TERMINATOR = "aws4_request";

    /** The scope's five parts (trailing slashes ignored); {@code IncompleteSignatureException} when there are not five. */
    static CredentialScope parse(String credential) {
        String trimmed = credential;
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        String[] parts = trimmed.split("/", -1);
        if (parts.length != 5) {
            throw Faults.credentialShape(trimmed);
        }
        return new CredentialScope(parts[0], parts[1], parts[2], parts[3], parts[4]);
    }

    /**
     * {@code InvalidSignatureException} naming every part that is wrong for a request signed at
     * {@code amzDate} ({@code 20260101T000000Z}) to a server of {@code region}.
     */
    void check(String servedRegion, String amzDate) {
        List<String> problems = new ArrayList<>();
        if (!region.equals(servedRegion)) {
            problems.add(Faults.scopeRegion(region));
        }
        if (!service.equals(SERVICE)) {
            problems.add(Faults.scopeService(SERVICE));
        }
        if (!terminator.equals(TERMINATOR)) {
            problems.add(Faults.scopeTerminator(terminator));
        }
        String day = amzDate.substring(0, 8);
        if (!date.equals(day)) {
            problems.add(Faults.scopeDate(date, day, amzDate));
        }
        if (!problems.isEmpty()) {
            throw Faults.badCredentialScope(problems)
                    .withDetail("this server serves region " + servedRegion + " and service " + SERVICE);
        }
    }
}
