package dev.swfrelay.it.process;

import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One "machine" of the cross-process test: a separate JVM running one of this package's
 * main classes on the test's class path, whose output lines the test can wait for.
 */
final class Machine implements AutoCloseable {

    private static final Pattern SERVE_URL = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+)");

    private final String name;
    private final Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();

    private Machine(String name, Process process) {
        this.name = name;
        this.process = process;
        Thread reader = new Thread(this::readOutput, "output-" + name);
        reader.setDaemon(true);
        reader.start();
    }

    static Machine start(String name, Class<?> main, String... args) {
        return start(name, List.of(), main, args);
    }

    /** As {@link #start(String, Class, String...)}, the JVM given {@code jvmFlags} too (e.g. {@code -Dname=value}). */
    static Machine start(String name, List<String> jvmFlags, Class<?> main, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        command.addAll(jvmFlags);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        try {
            return new Machine(name, new ProcessBuilder(command).redirectErrorStream(true).start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    /** Waits for a line that matches, and returns it; fails with the machine's output when none comes. */
    String awaitLine(Predicate<String> wanted, Duration within) {
        await().atMost(within).pollInterval(Duration.ofMillis(20))
                .failFast(name + " exited: " + lines, () -> !process.isAlive())
                .until(() -> lines.stream().anyMatch(wanted));
        return lines.stream().filter(wanted).findFirst().orElseThrow();
    }

    /** The URL a {@code swf-relay serve} machine prints when it listens, once it has. */
    URI servedEndpoint(Duration within) {
        Matcher url = SERVE_URL.matcher(awaitLine(line -> SERVE_URL.matcher(line).find(), within));
        if (!url.find()) {
            throw new AssertionError(name + " printed no URL");
        }
        return URI.create(url.group(1));
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    long pid() {
        return process.pid();
    }

    /** Waits for the process to end by itself and returns its exit code; fails with its output when it does not. */
    int awaitExit(Duration within) throws InterruptedException {
        if (!process.waitFor(within.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            throw new AssertionError(name + " still runs after " + within + ": " + lines);
        }
        return process.exitValue();
    }

    /** Kills the process as a machine dies: SIGKILL, no shutdown hooks, no goodbye to the server. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    private void readOutput() {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                lines.add(line);
            }
        } catch (IOException e) {
            lines.add("(output lost: " + e + ")");
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
            kill();
        }
    }

    @Override
    public String toString() {
        return name + " (pid " + process.pid() + ")";
    }
}
