package dev.swfrelay.it.process;

import dev.swfrelay.emulator.SwfEmulatorServer;

/** The emulator machine: SWF's wire protocol on an ephemeral port of 127.0.0.1, real time, until killed. */
public final class EmulatorServerMain {

    private EmulatorServerMain() {
    }

    public static void main(String[] args) throws Exception {
        SwfEmulatorServer server = SwfEmulatorServer.builder().port(0).build();
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        ProcessOutput.line("LISTENING " + server.uri());
        Thread.currentThread().join();
    }
}
