package dev.swfrelay.core.replay;

import java.util.Set;

/** How closely a replayed decision must match the recorded one. */
public enum ReplayMode {

    /** Decision type, ids, activity or workflow type, task list and input: what decides which work runs where. */
    DEFAULT,

    /** Every attribute: timeouts, priorities, control, details, results and reasons too. */
    STRICT;

    private static final Set<String> KEY_ATTRIBUTES = Set.of("activityId", "timerId", "workflowId", "runId",
            "markerName", "signalName", "id", "name", "activityType.name", "activityType.version",
            "workflowType.name", "workflowType.version", "workflowTypeVersion", "taskList.name", "input");
    /**
     * What SWF fills in from the type's registration when a decision leaves it out: the history
     * records the default, so a decider that leaves it out again is not compared on it (in
     * either mode).
     */
    private static final Set<String> DEFAULTED = Set.of("taskList.name", "taskPriority", "heartbeatTimeout",
            "scheduleToCloseTimeout", "scheduleToStartTimeout", "startToCloseTimeout", "executionStartToCloseTimeout",
            "taskStartToCloseTimeout", "childPolicy", "lambdaRole", "workflowTypeVersion");

    /** Whether this mode compares {@code attribute}, given what the decider returned for it. */
    boolean compares(String attribute, Object actual) {
        if (actual == null && DEFAULTED.contains(attribute)) {
            return false;
        }
        return this == STRICT || KEY_ATTRIBUTES.contains(attribute);
    }
}
