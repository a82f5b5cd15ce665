package dev.swfrelay.cli.script;

/** How a running script tells SWF it is alive, and learns whether it should stop. */
@FunctionalInterface
public interface Heartbeat {

    /**
     * Records a heartbeat.
     *
     * @return true when cancellation of the task was requested
     * @throws RuntimeException when SWF no longer knows the task (it timed out or closed)
     */
    boolean beat();
}
