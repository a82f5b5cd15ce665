package dev.swfrelay.core.api;

/**
 * What an emulated SWF assumes when told nothing, named once: the emulator's engine, its server and
 * {@code serve}, the JUnit extension, the Docker image and {@code SwfRelayContainer} all refer here.
 * Strings where an annotation or a command-line default must be a compile-time constant.
 */
public final class EmulatorDefaults {

    /** The region of requests that name none (AWS's first region). */
    public static final String REGION = "us-east-1";
    /** The account id in ARNs. */
    public static final String ACCOUNT_ID = "123456789012";
    /** How long a long poll waits for a task before answering empty, as SWF: 60 s (ISO-8601). */
    public static final String POLL_HOLD = "PT60S";
    /** The TCP port {@code serve}, the image and the container listen on. */
    public static final int SERVE_PORT = 8080;

    private EmulatorDefaults() {
    }
}
