package dev.swfrelay.it.bench.load;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the pollers were handed: every task token (a token seen twice is a duplicate),
 * how often each activity (run id and activity id) was delivered, how long each poll that
 * brought a task took, and how many tasks were completed.
 */
final class Deliveries {

    private final Set<String> tokens = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> perActivity = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Long> pollNanos = new ConcurrentLinkedQueue<>();
    private final AtomicInteger duplicateTokens = new AtomicInteger();
    private final AtomicInteger completed = new AtomicInteger();

    void delivered(String taskToken, String runId, String activityId, long nanos) {
        if (!tokens.add(taskToken)) {
            duplicateTokens.incrementAndGet();
        }
        perActivity.computeIfAbsent(runId + "/" + activityId, key -> new AtomicInteger()).incrementAndGet();
        pollNanos.add(nanos);
    }

    void completed() {
        completed.incrementAndGet();
    }

    int completedCount() {
        return completed.get();
    }

    int distinctTokens() {
        return tokens.size();
    }

    int duplicateTokens() {
        return duplicateTokens.get();
    }

    int distinctActivities() {
        return perActivity.size();
    }

    /** Activities handed out more than once, e.g. {@code "run/a-7 x2"}. */
    List<String> redelivered() {
        return perActivity.entrySet().stream().filter(e -> e.getValue().get() != 1)
                .map(e -> e.getKey() + " x" + e.getValue().get()).sorted().toList();
    }

    /** The {@code q}-quantile (0..1) of the polls that brought a task, in milliseconds; 0 with none. */
    double pollMillis(double q) {
        long[] sorted = pollNanos.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.min(sorted.length - 1, Math.max(0, Math.ceil(sorted.length * q) - 1));
        return sorted[index] / 1e6;
    }
}
