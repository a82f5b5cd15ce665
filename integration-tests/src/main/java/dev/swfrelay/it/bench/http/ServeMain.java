package dev.swfrelay.it.bench.http;

import dev.swfrelay.emulator.SwfEmulatorServer;
import java.io.IOException;
import java.time.Duration;

/**
 * The emulator's server alone in a process, for the cold-start and parked-poll probes: prints
 * one line with its URL when ready, serves until its standard input closes, then shuts down.
 */
public final class ServeMain {

    private ServeMain() {
    }

    public static void main(String[] args) throws IOException {
        SwfEmulatorServer server = SwfEmulatorServer.builder().port(0).pollHold(Duration.ofSeconds(60)).build().start();
        System.out.println("swf-relay emulator listening on " + server.uri());
        System.out.flush();
        while (System.in.read() >= 0) {
            // serve until the parent closes our standard input
        }
        server.close();
    }
}
