package dev.swfrelay.emulator.engine.clock;

/**
 * What an engine tells its clock for auto-advance: whether it is idle, i.e. no task waits on
 * a task list to be picked up and no handler holds a started task.
 */
@FunctionalInterface
public interface Quiescence {

    boolean isIdle();
}
