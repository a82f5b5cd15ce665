package dev.swfrelay.emulator.http;

import java.util.regex.Pattern;

/**
 * The region a request is for, read from the credential scope of its SigV4
 * {@code Authorization} header ({@code Credential=AKID/20260101/us-west-2/swf/aws4_request}).
 * The signature itself is not checked.
 */
final class SigV4Scope {

    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d{1,2}");

    private SigV4Scope() {
    }

    /** The scope's region, or {@code fallback} when there is no scope or it names no region. */
    static String region(String authorization, String fallback) {
        if (authorization == null) {
            return fallback;
        }
        int start = authorization.indexOf("Credential=");
        if (start < 0) {
            return fallback;
        }
        start += "Credential=".length();
        int end = start;
        while (end < authorization.length() && authorization.charAt(end) != ',' && !Character.isWhitespace(authorization.charAt(end))) {
            end++;
        }
        String[] scope = authorization.substring(start, end).split("/");
        if (scope.length < 5) {
            return fallback;
        }
        String region = scope[2];
        return REGION.matcher(region).matches() ? region : fallback;
    }
}
