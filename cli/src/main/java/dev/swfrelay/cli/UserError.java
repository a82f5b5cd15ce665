package dev.swfrelay.cli;

/**
 * A problem the user can fix, with a one-line message that names it and says what to do.
 * The CLI prints the message alone (no stack trace unless {@code --verbose}) and exits
 * with {@link #exitCode()}.
 */
public final class UserError extends RuntimeException {

    /** Exit code for problems with the command line or its files. */
    public static final int USAGE = 2;
    /** Exit code for problems met while talking to SWF or running work. */
    public static final int FAILURE = 1;

    private final int exitCode;

    public UserError(String message) {
        this(message, FAILURE, null);
    }

    public UserError(String message, Throwable cause) {
        this(message, FAILURE, cause);
    }

    public UserError(String message, int exitCode, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public static UserError usage(String message) {
        return new UserError(message, USAGE, null);
    }

    public int exitCode() {
        return exitCode;
    }
}
