package dev.swfrelay.emulator.http.auth;

/**
 * The region a request is for, read from the credential scope of its SigV4
 * {@code Authorization} header ({@code Credential=AKID/20260101/us-west-2/swf/aws4_request}).
 * The signature itself is not checked. Read once per request, so it scans the header in place
 * (no pattern, no split): a region is {@code [a-z]{2}(-[a-z]+)+-[0-9]{1,2}}.
 */
public final class SigV4Scope {

    private static final String CREDENTIAL = "Credential=";
    /** Slashes in a whole scope: key id, date, region, service, {@code aws4_request}. */
    private static final int SCOPE_SLASHES = 4;

    private SigV4Scope() {
    }

    /** The scope's region, or {@code fallback} when there is no scope or it names no region. */
    public static String region(String authorization, String fallback) {
        if (authorization == null) {
            return fallback;
        }
        int start = authorization.indexOf(CREDENTIAL);
        if (start < 0) {
            return fallback;
        }
        start += CREDENTIAL.length();
        int end = start;
        int slashes = 0;
        int regionStart = -1;
        int regionEnd = -1;
        while (end < authorization.length() && authorization.charAt(end) != ',' && !Character.isWhitespace(authorization.charAt(end))) {
            if (authorization.charAt(end) == '/') {
                slashes++;
                if (slashes == 2) {
                    regionStart = end + 1;
                } else if (slashes == 3) {
                    regionEnd = end;
                }
            }
            end++;
        }
        if (slashes < SCOPE_SLASHES || !isRegion(authorization, regionStart, regionEnd)) {
            return fallback;
        }
        return authorization.substring(regionStart, regionEnd);
    }

    /** {@code text[from, to)} is two letters, one or more {@code -letters}, then {@code -} and one or two digits. */
    private static boolean isRegion(String text, int from, int to) {
        int lastDash = text.lastIndexOf('-', to - 1);
        int digits = to - lastDash - 1;
        if (lastDash <= from + 2 || digits < 1 || digits > 2 || !all(text, lastDash + 1, to, '0', '9')) {
            return false;
        }
        if (text.charAt(from + 2) != '-' || !all(text, from, from + 2, 'a', 'z')) {
            return false;
        }
        int part = from + 3;
        while (part < lastDash) {
            int dash = text.indexOf('-', part);
            if (dash == part || !all(text, part, dash, 'a', 'z')) {
                return false;
            }
            part = dash + 1;
        }
        return part == lastDash + 1;
    }

    private static boolean all(String text, int from, int to, char low, char high) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < low || c > high) {
                return false;
            }
        }
        return true;
    }
}
