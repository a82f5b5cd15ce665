package dev.swfrelay.it.bench.load;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What an activity flood did: tasks completed, tokens and activities seen (and any seen
 * twice), executions closed, every answer on the wire and those that were not 200, the
 * failures the clients raised, the latency of the polls that brought a task, and the wall
 * time from the first start to the last execution closed.
 */
public record FloodResult(
        FloodPlan plan,
        long wallMillis,
        int completedTasks,
        int distinctTokens,
        int duplicateTokens,
        int distinctActivities,
        List<String> redelivered,
        int closedExecutions,
        long wireAnswers,
        List<String> wireErrors,
        List<String> clientFailures,
        double pollP50Millis,
        double pollP99Millis) {

    public FloodResult {
        Objects.requireNonNull(plan, "plan");
        redelivered = List.copyOf(redelivered);
        wireErrors = List.copyOf(wireErrors);
        clientFailures = List.copyOf(clientFailures);
    }

    public double tasksPerSecond() {
        return wallMillis == 0 ? 0 : completedTasks * 1000.0 / wallMillis;
    }

    /** The figures as one JSON object, for {@code scripts/bench.sh load}. */
    public String json(String loadAverage) {
        return String.format(Locale.ROOT, "{\"bench\": \"load\", \"tasks_per_s\": %.0f, \"poll_p50_ms\": %.2f, "
                        + "\"poll_p99_ms\": %.2f, \"errors\": %d, \"client_failures\": %d, \"duplicates\": %d, "
                        + "\"tasks\": %d, \"closed_executions\": %d, \"wire_answers\": %d, \"wall_ms\": %d, "
                        + "\"executions\": %d, \"activities_per_execution\": %d, \"pollers\": %d, \"deciders\": %d, "
                        + "\"client\": \"SDK v2 SwfClient, one apache-client connection each, no retries\", "
                        + "\"loadavg\": \"%s\", \"cpus\": %d}",
                tasksPerSecond(), pollP50Millis, pollP99Millis, wireErrors.size(), clientFailures.size(),
                duplicateTokens + redelivered.size(), completedTasks, closedExecutions, wireAnswers, wallMillis,
                plan.executions(), plan.activitiesPerExecution(), plan.pollers(), plan.deciders(), loadAverage,
                Runtime.getRuntime().availableProcessors());
    }
}
