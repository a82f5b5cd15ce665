package dev.swfrelay.emulator.fault;

/**
 * The cause of an injected {@code InternalFailure} or {@code ServiceUnavailable}: the HTTP status
 * the server answers it with (500, 502, 503 or 504) and the rule that fired.
 */
public final class InjectedServerError extends RuntimeException {

    private final int status;

    InjectedServerError(int status, FiredFault fired) {
        super("HTTP " + status + " injected by fault rule '" + fired.rule() + "'", null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
