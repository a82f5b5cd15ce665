package dev.swfrelay.it.bench.load;

import java.time.Duration;
import java.util.Objects;

/**
 * The activity-flood workload: {@code executions} executions, each scheduling
 * {@code activitiesPerExecution} activities in its first decision on one task list, which
 * {@code pollers} activity pollers drain, each on its own client and connection, while
 * {@code deciders} decision pollers close the executions; all given up on after {@code within}.
 */
public record FloodPlan(int executions, int activitiesPerExecution, int pollers, int deciders, Duration within) {

    public FloodPlan {
        positive(executions, "executions");
        positive(activitiesPerExecution, "activitiesPerExecution");
        positive(pollers, "pollers");
        positive(deciders, "deciders");
        Objects.requireNonNull(within, "within");
        if (activitiesPerExecution > 100) {
            throw new IllegalArgumentException("a decision holds at most 100 ScheduleActivityTask here, was "
                    + activitiesPerExecution);
        }
    }

    /** Activity tasks in all. */
    public int tasks() {
        return executions * activitiesPerExecution;
    }

    private static void positive(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, was " + value);
        }
    }
}
