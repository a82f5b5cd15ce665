package dev.swfrelay.aws;

/**
 * A call that never got SWF's answer: the endpoint could not be reached, the connection
 * broke, or the client gave up waiting. Unlike {@link dev.swfrelay.core.model.SwfFault}, it
 * says nothing about whether the service acted on the request.
 */
public final class SwfUnreachableException extends RuntimeException {

    public SwfUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
