package dev.swfrelay.cli.script;

import dev.swfrelay.cli.DurationText;
import dev.swfrelay.core.model.FaultType;
import dev.swfrelay.core.model.SwfFault;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Runs one activity task as a script: starts it, heartbeats while it runs, and stops its
 * process tree when cancellation is requested, when SWF no longer knows the task, when the
 * task's timeout has passed, or when the worker is told to stop (thread interrupted).
 */
public final class ScriptActivity {

    private final ScriptRunner runner;
    private final Duration heartbeatInterval;
    private final Consumer<String> log;
    private final Set<RunningScript> running = ConcurrentHashMap.newKeySet();

    public ScriptActivity(ScriptRunner runner, Duration heartbeatInterval, Consumer<String> log) {
        this.runner = Objects.requireNonNull(runner, "runner");
        this.heartbeatInterval = Objects.requireNonNull(heartbeatInterval, "heartbeatInterval");
        this.log = Objects.requireNonNull(log, "log");
    }

    /**
     * @param timeout when the script is stopped, counted from now; {@code null} for none
     * @throws InterruptedException when the worker stopped the script because it was
     *     interrupted (second Ctrl-C); the script's tree is gone by then
     */
    public ScriptOutcome run(ScriptTask task, Duration timeout, Heartbeat heartbeat)
            throws InterruptedException {
        RunningScript script;
        try {
            script = runner.start(task);
        } catch (IOException e) {
            String program = runner.command().program();
            return new ScriptOutcome.Failed("cannot start " + program, program.contains(File.separator)
                    ? ScriptCommand.missingInterpreter(Path.of(program)).orElse(String.valueOf(e.getMessage()))
                    : String.valueOf(e.getMessage()));
        }
        long deadline = System.nanoTime() + (timeout == null ? Long.MAX_VALUE / 2 : timeout.toNanos());
        running.add(script);
        try {
            return explained(supervise(script, deadline, timeout, heartbeat));
        } catch (InterruptedException e) {
            script.stop("worker stopped");
            throw e;
        } finally {
            running.remove(script);
        }
    }

    /**
     * A script that could not be executed (exit 126 or 127, as the launcher reports it) because its {@code #!}
     * interpreter is missing fails saying so, not only "No such file or directory" about a file that exists.
     */
    private ScriptOutcome explained(ScriptOutcome outcome) {
        String program = runner.command().program();
        if (outcome instanceof ScriptOutcome.Failed failed && (failed.reason().equals("exit 126")
                || failed.reason().equals("exit 127")) && program.contains(File.separator)) {
            return ScriptCommand.missingInterpreter(Path.of(program))
                    .<ScriptOutcome>map(problem -> new ScriptOutcome.Failed(failed.reason(), problem + "\n" + failed.details()))
                    .orElse(outcome);
        }
        return outcome;
    }

    /** How many scripts run now. */
    public int running() {
        return running.size();
    }

    /** Stops every script running now (their runs end {@link ScriptOutcome.Stopped} with {@code why}). */
    public void stopAll(String why) {
        running.forEach(script -> script.stop(why));
    }

    private ScriptOutcome supervise(RunningScript script, long deadline, Duration timeout,
            Heartbeat heartbeat) throws InterruptedException {
        while (!script.await(nextWait(deadline))) {
            if (System.nanoTime() - deadline >= 0) {
                log.accept("script " + script.pid() + " ran past its timeout of "
                        + DurationText.format(timeout) + ": stopping it");
                script.stop("timed out after " + DurationText.format(timeout));
                break;
            }
            String stop = beat(heartbeat);
            if (stop != null) {
                log.accept("script " + script.pid() + ": " + stop + ", stopping it");
                script.stop(stop);
                break;
            }
        }
        return script.outcome();
    }

    private Duration nextWait(long deadline) {
        long left = deadline - System.nanoTime();
        return left < heartbeatInterval.toNanos() ? Duration.ofNanos(Math.max(left, 1)) : heartbeatInterval;
    }

    /** @return why the script must stop, or null when it may go on */
    private static String beat(Heartbeat heartbeat) {
        try {
            return heartbeat.beat() ? "cancellation requested" : null;
        } catch (SwfFault e) {
            if (e.type() == FaultType.UnknownResourceFault) {
                return "SWF no longer knows the task (it timed out or its execution closed)";
            }
            return null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
