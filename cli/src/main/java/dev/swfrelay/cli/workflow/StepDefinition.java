package dev.swfrelay.cli.workflow;

import dev.swfrelay.core.model.Timeout;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One step of a workflow file's pipeline: the activity type to schedule, the task list
 * whose workers run it, its timeouts, and how often a failed or timed-out attempt is
 * retried.
 *
 * @param name names the step in the decider's activity ids and in logs
 * @param retries attempts after the first one (0: no retry)
 * @param retryDelay wait between a failed attempt and the next
 * @param after the steps this one runs after; {@code null}: the step before it in the file
 */
public record StepDefinition(
        String name,
        TypeRef activityType,
        String taskList,
        Timeout scheduleToStartTimeout,
        Timeout startToCloseTimeout,
        Timeout scheduleToCloseTimeout,
        Timeout heartbeatTimeout,
        int retries,
        Duration retryDelay,
        List<String> after) {

    public StepDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(activityType, "activityType");
        Objects.requireNonNull(taskList, "taskList");
        Objects.requireNonNull(scheduleToStartTimeout, "scheduleToStartTimeout");
        Objects.requireNonNull(startToCloseTimeout, "startToCloseTimeout");
        Objects.requireNonNull(scheduleToCloseTimeout, "scheduleToCloseTimeout");
        Objects.requireNonNull(heartbeatTimeout, "heartbeatTimeout");
        Objects.requireNonNull(retryDelay, "retryDelay");
        if (retries < 0) {
            throw new IllegalArgumentException("retries must be at least 0, was " + retries);
        }
        after = after == null ? null : List.copyOf(after);
    }

    /** How many times the step may run in all. */
    public int maxAttempts() {
        return retries + 1;
    }
}
