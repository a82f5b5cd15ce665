package dev.swfrelay.cli.worker;

import java.io.PrintStream;
import java.io.PrintWriter;

/**
 * A script's failure as the activity worker reports it: the worker takes a handler's
 * exception message as SWF's {@code reason} and what {@code printStackTrace} writes as its
 * {@code details}, so this exception writes the script's details (the tail of its standard
 * error) there instead of a Java stack trace, which would tell the user nothing.
 */
final class ScriptFailure extends Exception {

    private final String details;

    ScriptFailure(String reason, String details) {
        super(reason, null, false, false);
        this.details = details == null ? "" : details;
    }

    String details() {
        return details;
    }

    @Override
    public void printStackTrace(PrintWriter writer) {
        writer.print(details);
    }

    @Override
    public void printStackTrace(PrintStream stream) {
        stream.print(details);
    }
}
