package dev.swfrelay.cli.script;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * Stops a process and everything it started: TERM to the whole tree, then KILL to what is
 * still running after a grace period. The tree is listed before any signal, because a child
 * whose parent died is re-parented and no longer found among the descendants. A zombie
 * (exited, not yet reaped by its new parent) counts as stopped.
 */
final class ProcessTree {

    private static final long POLL_MILLIS = 10;

    private ProcessTree() {
    }

    static void terminate(ProcessHandle root, Duration grace) {
        List<ProcessHandle> tree = Stream.concat(Stream.of(root), root.descendants()).toList();
        tree.forEach(ProcessHandle::destroy);
        awaitStopped(tree, grace);
        List<ProcessHandle> survivors = Stream.concat(tree.stream(), root.descendants())
                .filter(ProcessTree::running).distinct().toList();
        survivors.forEach(ProcessHandle::destroyForcibly);
        awaitStopped(survivors, grace);
    }

    /** Whether {@code process} still runs: alive and not a zombie. */
    static boolean running(ProcessHandle process) {
        if (!process.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            int afterName = stat.lastIndexOf(')');
            return afterName < 0 || stat.length() < afterName + 3 || stat.charAt(afterName + 2) != 'Z';
        } catch (IOException | RuntimeException e) {
            return process.isAlive();
        }
    }

    private static void awaitStopped(List<ProcessHandle> processes, Duration grace) {
        long deadline = System.nanoTime() + grace.toNanos();
        try {
            while (processes.stream().anyMatch(ProcessTree::running) && System.nanoTime() - deadline < 0) {
                Thread.sleep(POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
