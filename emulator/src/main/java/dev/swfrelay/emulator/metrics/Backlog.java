package dev.swfrelay.emulator.metrics;

import dev.swfrelay.emulator.engine.Tenant;
import java.util.Objects;

/**
 * The tasks waiting on one task list now, as the {@code swf_pending_tasks} gauge and the console show them.
 *
 * @param classification {@code D} for a decision task list, {@code A} for an activity task list (CloudWatch's TaskListClassification)
 */
public record Backlog(Tenant tenant, String domain, String taskList, String classification, int pending) {

    public Backlog {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(taskList, "taskList");
        if (!classification.equals("D") && !classification.equals("A")) {
            throw new IllegalArgumentException("classification must be D or A, was " + classification);
        }
        if (pending < 0) {
            throw new IllegalArgumentException("pending must not be negative, was " + pending);
        }
    }
}
