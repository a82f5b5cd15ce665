package dev.swfrelay.emulator.engine.task;

import dev.swfrelay.core.model.ActivityTask;
import dev.swfrelay.core.model.DecisionTask;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every task list of one engine, created on first use, keyed by domain and name, one map per
 * kind. Counts the tasks waiting across all lists for auto-advance.
 */
public final class TaskLists {

    private final Map<String, TaskQueue<DecisionTask>> decisions = new ConcurrentHashMap<>();
    private final Map<String, TaskQueue<ActivityTask>> activities = new ConcurrentHashMap<>();
    private final AtomicInteger waiting = new AtomicInteger();

    public TaskQueue<DecisionTask> decisions(String domain, String taskList) {
        return decisions.computeIfAbsent(key(domain, taskList), k -> new TaskQueue<>(waiting));
    }

    public TaskQueue<ActivityTask> activities(String domain, String taskList) {
        return activities.computeIfAbsent(key(domain, taskList), k -> new TaskQueue<>(waiting));
    }

    /** Tasks scheduled on any list and not yet picked up. */
    public int waiting() {
        return waiting.get();
    }

    /** Answers every parked poll empty. */
    public void releaseParked(DecisionTask emptyDecision, ActivityTask emptyActivity) {
        decisions.values().forEach(q -> q.releaseParked(emptyDecision));
        activities.values().forEach(q -> q.releaseParked(emptyActivity));
    }

    public void clear() {
        decisions.clear();
        activities.clear();
        waiting.set(0);
    }

    private static String key(String domain, String taskList) {
        return domain + '\u0000' + taskList;
    }
}
