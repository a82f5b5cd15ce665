package dev.swfrelay.cli.script;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What one run of a script gets: the task's input (on standard input and in
 * {@code SWF_INPUT}) and the task's identity in {@code SWF_WORKFLOW_ID}, {@code SWF_RUN_ID},
 * {@code SWF_ACTIVITY_ID} and {@code SWF_ACTIVITY_TYPE}.
 */
public record ScriptTask(String input, String workflowId, String runId, String activityId,
        String activityType) {

    public ScriptTask {
        input = input == null ? "" : input;
        Objects.requireNonNull(workflowId, "workflowId");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(activityId, "activityId");
        Objects.requireNonNull(activityType, "activityType");
    }

    /** The variables added to the script's environment. */
    public Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SWF_INPUT", input);
        env.put("SWF_WORKFLOW_ID", workflowId);
        env.put("SWF_RUN_ID", runId);
        env.put("SWF_ACTIVITY_ID", activityId);
        env.put("SWF_ACTIVITY_TYPE", activityType);
        return env;
    }
}
