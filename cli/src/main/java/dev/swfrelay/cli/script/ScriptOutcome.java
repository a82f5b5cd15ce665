package dev.swfrelay.cli.script;

/** How a script run ended, as the worker reports it to SWF. */
public sealed interface ScriptOutcome {

    /** Exit 0 with a result that fits SWF's limit. */
    record Completed(String result) implements ScriptOutcome {
    }

    /** The script failed: non-zero exit, a result too large, or it could not start. */
    record Failed(String reason, String details) implements ScriptOutcome {
    }

    /** The worker stopped the script (cancellation, timeout, shutdown); {@code why} says which. */
    record Stopped(String why) implements ScriptOutcome {
    }
}
