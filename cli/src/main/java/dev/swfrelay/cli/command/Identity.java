package dev.swfrelay.cli.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How this process names itself to SWF: role, host and pid, e.g. {@code worker@host-a:1234}.
 * The host name is read without DNS, which can stall on a badly configured machine.
 */
final class Identity {

    private Identity() {
    }

    static String of(String role) {
        String identity = role + "@" + hostName() + ":" + ProcessHandle.current().pid();
        return identity.length() > 256 ? identity.substring(0, 256) : identity;
    }

    private static String hostName() {
        String fromEnv = System.getenv("HOSTNAME");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv.trim();
        }
        try {
            String kernel = Files.readString(Path.of("/proc/sys/kernel/hostname")).trim();
            return kernel.isEmpty() ? "localhost" : kernel;
        } catch (IOException | RuntimeException e) {
            return "localhost";
        }
    }
}
