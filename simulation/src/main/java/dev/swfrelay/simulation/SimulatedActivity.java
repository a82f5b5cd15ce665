package dev.swfrelay.simulation;

/**
 * An activity's work in a simulation: a plain Java function of the task. What it returns is
 * the result; what it throws fails the task (reason: the exception's class name). It runs on
 * the simulation's one thread and must not block or read the wall clock.
 */
@FunctionalInterface
public interface SimulatedActivity {

    String run(ActivityCall call) throws Exception;

    /** An activity that always returns {@code result} (a workflow file's step, stubbed). */
    static SimulatedActivity returning(String result) {
        return call -> result;
    }
}
