package dev.swfrelay.core.worker;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * A handler's exception as SWF takes a failure: the message as {@code reason} (at most 256
 * characters) and the stack trace as {@code details} (at most 32,768).
 */
record TaskFailure(String reason, String details) {

    static final int MAX_REASON = 256;
    static final int MAX_DETAILS = 32_768;

    static TaskFailure of(Throwable failure) {
        String message = failure.getMessage();
        String reason = message == null || message.isBlank() ? failure.getClass().getName() : message;
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        return new TaskFailure(trim(reason, MAX_REASON), trim(trace.toString(), MAX_DETAILS));
    }

    /** The first {@code max} characters, not splitting a surrogate pair. */
    static String trim(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }
}
