package dev.swfrelay.emulator.engine;

import java.util.Objects;

/**
 * Where the task a task token names lives: its domain and workflow id (read from the token), and
 * the task list and activity type of its scheduled event ({@code null} when the run is gone or,
 * for a decision task, there is no activity type). Fault rules match answers by these.
 */
public record TaskAddress(String domain, String workflowId, String taskList, String activityType) {

    public TaskAddress {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(workflowId, "workflowId");
    }
}
