package dev.swfrelay.cli.script;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** One script run in progress: wait for it, or stop it and its children. */
public final class RunningScript {

    /** SWF's limit on an activity result, in characters. */
    public static final int MAX_RESULT = 32_768;
    /** SWF's limit on a failure reason, in characters. */
    static final int MAX_REASON = 256;
    /** How much of standard error goes into a failure's details. */
    static final int STDERR_TAIL = 4_096;

    private final Process process;
    private final CapturedOutput stdout;
    private final CapturedOutput stderr;
    private final Duration grace;
    private volatile String stoppedBecause;

    RunningScript(Process process, CapturedOutput stdout, CapturedOutput stderr, Duration grace) {
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
        this.grace = grace;
    }

    public long pid() {
        return process.pid();
    }

    /** @return true when the script has ended within {@code timeout} */
    public boolean await(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    /**
     * Stops the script's process tree (TERM, then KILL after the grace period) and waits
     * for it; the outcome is then {@link ScriptOutcome.Stopped} with {@code why}.
     */
    public void stop(String why) {
        stoppedBecause = why;
        ProcessTree.terminate(process.toHandle(), grace);
    }

    /** How the script ended; call once {@link #await} returned true or after {@link #stop}. */
    public ScriptOutcome outcome() {
        stdout.awaitEnd(grace.toMillis());
        stderr.awaitEnd(grace.toMillis());
        if (stoppedBecause != null) {
            return new ScriptOutcome.Stopped(stoppedBecause);
        }
        int exit = process.exitValue();
        if (exit != 0) {
            return new ScriptOutcome.Failed("exit " + exit, stderr.tail());
        }
        if (stdout.length() > MAX_RESULT) {
            return new ScriptOutcome.Failed(
                    "output too large: " + stdout.length() + " characters, SWF allows " + MAX_RESULT,
                    "the script's standard output is the activity's result and SWF limits a result"
                            + " to " + MAX_RESULT + " characters; write large data elsewhere and"
                            + " print a reference to it. First characters:\n"
                            + stdout.head().substring(0, 200));
        }
        return new ScriptOutcome.Completed(stdout.head());
    }
}
