package dev.swfrelay.core.pipeline;

import dev.swfrelay.core.model.ActivityType;
import dev.swfrelay.core.model.Constraints;
import dev.swfrelay.core.model.TaskList;
import dev.swfrelay.core.model.Timeout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One step of a {@link Pipeline}: an activity type run on a task list. A {@code null}
 * timeout means "the activity type's registered default" (SWF rejects the schedule when
 * there is none). Attempt n of step {@code name} has activity id {@code <name>-<n>}.
 *
 * @param name unique in its pipeline; follows SWF's name rule, at most 200 characters
 * @param after the names of the steps this one runs after; {@code null} (the default) means
 *     the step before it in the pipeline (none for the first step), an empty list means none:
 *     the step starts with the execution and gets its input
 */
public record Step(
        String name,
        ActivityType activityType,
        TaskList taskList,
        Timeout scheduleToStartTimeout,
        Timeout startToCloseTimeout,
        Timeout scheduleToCloseTimeout,
        Timeout heartbeatTimeout,
        RetryPolicy retryPolicy,
        List<String> after) {

    private static final int MAX_NAME = 200;

    public Step {
        Constraints.name(Constraints.length(Constraints.required(name, "Step.name"), 1, MAX_NAME, "Step.name"), "Step.name");
        Objects.requireNonNull(activityType, "Step.activityType");
        Objects.requireNonNull(taskList, "Step.taskList");
        retryPolicy = retryPolicy == null ? RetryPolicy.noRetries() : retryPolicy;
        after = after == null ? null : List.copyOf(after);
    }

    /** A step that runs after the step before it (the pipeline's order), as every step did before {@code after}. */
    public Step(String name, ActivityType activityType, TaskList taskList, Timeout scheduleToStartTimeout,
            Timeout startToCloseTimeout, Timeout scheduleToCloseTimeout, Timeout heartbeatTimeout,
            RetryPolicy retryPolicy) {
        this(name, activityType, taskList, scheduleToStartTimeout, startToCloseTimeout, scheduleToCloseTimeout,
                heartbeatTimeout, retryPolicy, null);
    }

    /** A step with the type's default timeouts and no retries. */
    public static Step of(String name, ActivityType activityType, TaskList taskList) {
        return new Step(name, activityType, taskList, null, null, null, null, null);
    }

    /** A step with the type's default timeouts and no retries; the activity type's version is {@code "1.0"}. */
    public static Step of(String name, String activityTypeName, String taskList) {
        return of(name, new ActivityType(activityTypeName, "1.0"), new TaskList(taskList));
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** This step, run after the steps named. */
    public Step after(String first, String... more) {
        List<String> names = new ArrayList<>();
        names.add(first);
        names.addAll(Arrays.asList(more));
        return withAfter(names);
    }

    /** This step, run after no other: it starts with the execution, with the execution's input. */
    public Step afterNothing() {
        return withAfter(List.of());
    }

    private Step withAfter(List<String> stepNames) {
        return new Step(name, activityType, taskList, scheduleToStartTimeout, startToCloseTimeout,
                scheduleToCloseTimeout, heartbeatTimeout, retryPolicy, stepNames);
    }

    /** The activity id of attempt number {@code attempt} (1-based). */
    public String activityId(int attempt) {
        return name + "-" + attempt;
    }

    /** Fluent builder; {@code activityType} and {@code taskList} are required. */
    public static final class Builder {
        private final String name;
        private ActivityType activityType;
        private TaskList taskList;
        private Timeout scheduleToStartTimeout;
        private Timeout startToCloseTimeout;
        private Timeout scheduleToCloseTimeout;
        private Timeout heartbeatTimeout;
        private RetryPolicy retryPolicy;
        private List<String> after;

        private Builder(String name) {
            this.name = name;
        }

        public Builder activityType(ActivityType activityType) {
            this.activityType = activityType;
            return this;
        }

        public Builder activityType(String name, String version) {
            return activityType(new ActivityType(name, version));
        }

        public Builder taskList(TaskList taskList) {
            this.taskList = taskList;
            return this;
        }

        public Builder taskList(String name) {
            return taskList(new TaskList(name));
        }

        public Builder scheduleToStartTimeout(Timeout timeout) {
            this.scheduleToStartTimeout = timeout;
            return this;
        }

        public Builder startToCloseTimeout(Timeout timeout) {
            this.startToCloseTimeout = timeout;
            return this;
        }

        public Builder scheduleToCloseTimeout(Timeout timeout) {
            this.scheduleToCloseTimeout = timeout;
            return this;
        }

        public Builder heartbeatTimeout(Timeout timeout) {
            this.heartbeatTimeout = timeout;
            return this;
        }

        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = retryPolicy;
            return this;
        }

        /** The steps this one runs after; none: it starts with the execution. Unset: the step before it. */
        public Builder after(String... stepNames) {
            this.after = Arrays.asList(stepNames);
            return this;
        }

        public Step build() {
            return new Step(name, activityType, taskList, scheduleToStartTimeout, startToCloseTimeout,
                    scheduleToCloseTimeout, heartbeatTimeout, retryPolicy, after);
        }
    }
}
