package dev.swfrelay.simulation;

import java.util.Objects;

/**
 * One run of an activity handler: the task's input and ids. A handler whose effect is safe
 * to repeat (it de-duplicates by a key of its own) says so with {@link #idempotencyKey}; the
 * invariant "no side effect twice" then accepts repeats of that key.
 */
public final class ActivityCall {

    private final String workflowId;
    private final String activityId;
    private final String activityType;
    private final String input;
    private String idempotencyKey;

    ActivityCall(String workflowId, String activityId, String activityType, String input) {
        this.workflowId = workflowId;
        this.activityId = activityId;
        this.activityType = activityType;
        this.input = input;
    }

    public String workflowId() {
        return workflowId;
    }

    public String activityId() {
        return activityId;
    }

    public String activityType() {
        return activityType;
    }

    /** The task's input; {@code null} when it has none. */
    public String input() {
        return input;
    }

    /** Declares this effect idempotent under {@code key}: running it again with the same key is allowed. */
    public void idempotencyKey(String key) {
        this.idempotencyKey = Objects.requireNonNull(key, "key");
    }

    String declaredIdempotencyKey() {
        return idempotencyKey;
    }
}
