package dev.swfrelay.emulator.http.transport;

import java.time.Duration;
import java.util.Objects;

/**
 * What the HTTP server allows one connection: how long it may sit with no request in progress
 * (a parked long poll is a request in progress), how long a request may take to arrive whole,
 * how many connections may be open at once, and how large a request's headers and body may be.
 * The defaults are far beyond what a real SDK client sends or needs.
 */
public record ConnectionLimits(Duration idleTimeout, Duration requestTimeout, int maxConnections,
                               int maxHeaderBytes, int maxBodyBytes) {

    /** How long a connection may sit with no request in progress (ISO-8601): 5 minutes. */
    public static final String IDLE_TIMEOUT = "PT5M";
    /** How long a request may take to arrive whole from its first byte (ISO-8601): 30 seconds. */
    public static final String REQUEST_TIMEOUT = "PT30S";
    /** Connections open at once. */
    public static final int MAX_CONNECTIONS = 1024;
    /** The request line and headers together: 16 KB. */
    public static final int MAX_HEADER_BYTES = 16 * 1024;
    /** SWF's own body limit: 1 MB. */
    public static final int SWF_MAX_BODY_BYTES = 1024 * 1024;

    public ConnectionLimits {
        requirePositive(idleTimeout, "idleTimeout");
        requirePositive(requestTimeout, "requestTimeout");
        requirePositive(maxConnections, "maxConnections");
        requirePositive(maxHeaderBytes, "maxHeaderBytes");
        requirePositive(maxBodyBytes, "maxBodyBytes");
    }

    /** Idle 5 min, a request whole within 30 s, 1024 connections, 16 KB of headers, SWF's 1 MB body. */
    public static ConnectionLimits defaults() {
        return new ConnectionLimits(Duration.parse(IDLE_TIMEOUT), Duration.parse(REQUEST_TIMEOUT), MAX_CONNECTIONS,
                MAX_HEADER_BYTES, SWF_MAX_BODY_BYTES);
    }

    private static void requirePositive(Duration value, String setting) {
        Objects.requireNonNull(value, setting);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(setting + " must be positive, was " + value);
        }
    }

    private static void requirePositive(int value, String setting) {
        if (value < 1) {
            throw new IllegalArgumentException(setting + " must be positive, was " + value);
        }
    }
}
