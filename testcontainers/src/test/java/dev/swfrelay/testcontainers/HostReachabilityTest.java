package dev.swfrelay.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class HostReachabilityTest {

    private static final Duration QUICK = Duration.ofSeconds(2);

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Test
    void aJvmInAContainerThatCannotReachThePortIsToldWhatToSet() throws IOException {
        int port = closedPort();

        assertThat(HostReachability.problem(true, null, "127.0.0.1", port, QUICK)).hasValueSatisfying(message ->
                assertThat(message).startsWith("SwfRelayContainer started, but this JVM runs inside a container and "
                        + "cannot reach it at 127.0.0.1:" + port).contains("Set TESTCONTAINERS_HOST_OVERRIDE"));
    }

    @Test
    void aReachablePortIsNoProblem() throws IOException {
        try (ServerSocket open = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThat(HostReachability.problem(true, null, "127.0.0.1", open.getLocalPort(), QUICK)).isEmpty();
        }
    }

    @Test
    void outsideAContainerOrWithAnOverrideNothingIsChecked() throws IOException {
        int port = closedPort();

        assertThat(HostReachability.problem(false, null, "127.0.0.1", port, QUICK)).isEmpty();
        assertThat(HostReachability.problem(true, "172.17.0.1", "127.0.0.1", port, QUICK)).isEmpty();
    }
}
