package dev.swfrelay.core.replay;

import java.util.Set;

/** How closely a replayed decision must match the recorded one. */
public enum ReplayMode {

    /**
     * Decision type, ids, activity or workflow type, task list and input: what decides which
     * work runs where. A task list or type version the decider leaves to the type's default is
     * not compared, since the history records the default SWF filled in.
     */
    DEFAULT,

    /** Every attribute the history recorded, timeouts, priorities, control and details included. */
    STRICT;

    private static final Set<String> KEY_ATTRIBUTES = Set.of("activityId", "timerId", "workflowId", "runId",
            "markerName", "signalName", "id", "name", "activityType.name", "activityType.version",
            "workflowType.name", "workflowType.version", "workflowTypeVersion", "taskList.name", "input");
    private static final Set<String> DEFAULTED = Set.of("taskList.name", "workflowTypeVersion");

    /** Whether this mode compares {@code attribute}, given what the decider returned for it. */
    boolean compares(String attribute, Object actual) {
        if (this == STRICT) {
            return true;
        }
        return KEY_ATTRIBUTES.contains(attribute) && !(actual == null && DEFAULTED.contains(attribute));
    }
}
