package dev.swfrelay.testcontainers;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Whether this JVM can reach the container's published port. A JVM that itself runs in a container (a CI
 * job's) reaches the Docker host only at an address Testcontainers may guess wrong; the health wait then
 * spins until its timeout with nothing printed (a project without an SLF4J provider sees no log). Checked
 * once the port is published, so a wrong guess fails at once, saying what to set.
 */
final class HostReachability {

    static final String OVERRIDE = "TESTCONTAINERS_HOST_OVERRIDE";
    private static final Duration CONNECT = Duration.ofSeconds(3);

    private HostReachability() {
    }

    /** Throws {@link IllegalStateException} saying what to set when this JVM is in a container and cannot reach it. */
    static void check(String host, int port) {
        problem(insideContainer(), System.getenv(OVERRIDE), host, port, CONNECT).ifPresent(message -> {
            throw new IllegalStateException(message);
        });
    }

    static Optional<String> problem(boolean insideContainer, String override, String host, int port, Duration timeout) {
        if (!insideContainer || override != null && !override.isBlank()) {
            return Optional.empty();
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
            return Optional.empty();
        } catch (IOException unreachable) {
            return Optional.of("SwfRelayContainer started, but this JVM runs inside a container and cannot reach it at "
                    + host + ":" + port + " (" + unreachable.getMessage() + "). Set " + OVERRIDE + " to an address of "
                    + "the Docker host that this container can reach (often the bridge's gateway, 172.17.0.1, or "
                    + "host.docker.internal), or run this container on the host's network (--network host).");
        }
    }

    private static boolean insideContainer() {
        return Files.exists(Path.of("/.dockerenv")) || Files.exists(Path.of("/run/.containerenv"));
    }
}
