package dev.swfrelay.cli.script;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Starts a {@link ScriptCommand} as an OS process for a task. Where {@code setsid} exists the
 * process gets a session of its own, so the Ctrl-C a user types for the worker does not reach
 * the scripts, and the worker decides when they stop.
 */
public final class ScriptRunner {

    private static final List<Path> SETSID = List.of(Path.of("/usr/bin/setsid"), Path.of("/bin/setsid"));

    private final ScriptCommand command;
    private final Duration grace;
    private final List<String> launcher;

    /** @param grace how long a stopped script has between TERM and KILL */
    public ScriptRunner(ScriptCommand command, Duration grace) {
        this.command = Objects.requireNonNull(command, "command");
        this.grace = Objects.requireNonNull(grace, "grace");
        this.launcher = SETSID.stream().filter(Files::isExecutable).findFirst()
                .map(p -> List.of(p.toString())).orElse(List.of());
    }

    public ScriptCommand command() {
        return command;
    }

    /** @throws IOException when the process cannot be started */
    public RunningScript start(ScriptTask task) throws IOException {
        List<String> argv = new ArrayList<>(launcher);
        argv.addAll(command.argv());
        ProcessBuilder builder = new ProcessBuilder(argv);
        builder.environment().putAll(task.environment());
        Process process = builder.start();
        String name = "script-" + process.pid();
        CapturedOutput stdout = CapturedOutput.drain(process.getInputStream(),
                RunningScript.MAX_RESULT + 1, 0, name + "-stdout");
        CapturedOutput stderr = CapturedOutput.drain(process.getErrorStream(),
                0, RunningScript.STDERR_TAIL, name + "-stderr");
        feed(process.getOutputStream(), task.input(), name + "-stdin");
        return new RunningScript(process, stdout, stderr, grace);
    }

    private static void feed(OutputStream stdin, String input, String threadName) {
        Thread writer = new Thread(() -> {
            try (stdin) {
                stdin.write(input.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // the script exited or closed its input without reading it all: that is its choice
            }
        }, threadName);
        writer.setDaemon(true);
        writer.start();
    }
}
