package dev.swfrelay.it.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code java -jar cli/target/swf-relay.jar ARGS} as a real OS process, as a user runs it
 * in a terminal: its standard output and error are collected while it runs.
 */
final class CliProcess implements AutoCloseable {

    static final Path JAR = locateJar();

    private final Process process;
    private final StringBuffer out = new StringBuffer();
    private final StringBuffer err = new StringBuffer();
    private final List<String> args;

    private CliProcess(Process process, List<String> args) {
        this.process = process;
        this.args = args;
        collect(process.getInputStream(), out);
        collect(process.getErrorStream(), err);
    }

    static CliProcess start(Path workDir, String... args) {
        return start(workDir, Map.of(), args);
    }

    static CliProcess start(Path workDir, Map<String, String> env, String... args) {
        // short-lived JVMs, many at once on few cores: the C1 compiler and the serial GC spend less CPU
        return startWith(List.of(javaBin(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", JAR.toString()),
                workDir, env, args);
    }

    /** {@code swf-relay ARGS} run by {@code launcher} (e.g. the distribution's {@code bin/swf-relay}). */
    static CliProcess startWith(List<String> launcher, Path workDir, Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(launcher);
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        builder.environment().putAll(env);
        try {
            return new CliProcess(builder.start(), List.of(args));
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + command, e);
        }
    }

    /** Runs to the end (at most {@code timeout}) and returns the exit code. */
    int waitFor(Duration timeout) throws InterruptedException {
        boolean ended = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(ended).as("swf-relay %s ended within %s; stdout:%n%s%nstderr:%n%s", args, timeout, out, err).isTrue();
        await().atMost(Duration.ofSeconds(5)).until(() -> !process.isAlive());
        return process.exitValue();
    }

    /** Waits until standard output or error has a line containing {@code text}. */
    void awaitOutput(String text, Duration timeout) {
        await().atMost(timeout).pollInterval(Duration.ofMillis(20))
                .alias("swf-relay " + args + " printed '" + text + "'")
                .until(() -> (out + "\n" + err).contains(text) || !process.isAlive());
        assertThat(out + "\n" + err).as("output of swf-relay %s", args).contains(text);
    }

    String stdout() {
        return out.toString();
    }

    String stderr() {
        return err.toString();
    }

    long pid() {
        return process.pid();
    }

    /** Sends SIGINT, as Ctrl-C in a terminal would. */
    void interrupt() throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
    }

    /** Whether a process it started (a worker's script) runs now. */
    boolean hasChild() {
        return process.children().anyMatch(ProcessHandle::isAlive);
    }

    /** SIGKILLs the JVM alone, as a machine dies: no shutdown hook runs; a script it started is orphaned. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() {
        process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private static void collect(InputStream stream, StringBuffer sink) {
        Thread reader = new Thread(() -> {
            byte[] buffer = new byte[4096];
            try (stream) {
                int n;
                while ((n = stream.read(buffer)) >= 0) {
                    sink.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                // the process ended
            }
        });
        reader.setDaemon(true);
        reader.start();
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Path locateJar() {
        Path jar = Path.of("..", "cli", "target", "swf-relay.jar").toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it first (mvn -pl cli -am package)");
        }
        return jar;
    }

    static Path repositoryRoot() {
        return Path.of("..").toAbsolutePath().normalize();
    }
}
