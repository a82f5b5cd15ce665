package dev.swfrelay.emulator.engine.task;

import dev.swfrelay.core.model.ActivityTask;
import dev.swfrelay.core.model.DecisionTask;
import dev.swfrelay.emulator.engine.TaskListView;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
    private final InstantSource realTime;

    /** {@code realTime} stamps polls (transport time, like long-poll deadlines, never the virtual clock). */
    public TaskLists(InstantSource realTime) {
        this.realTime = realTime;
    }

    public TaskQueue<DecisionTask> decisions(String domain, String taskList) {
        return decisions.computeIfAbsent(key(domain, taskList), k -> new TaskQueue<>(waiting, realTime));
    }

    public TaskQueue<ActivityTask> activities(String domain, String taskList) {
        return activities.computeIfAbsent(key(domain, taskList), k -> new TaskQueue<>(waiting, realTime));
    }

    /** Every list of {@code domain} that was polled or given a task, decision lists first, each by name. */
    public List<TaskListView> views(String domain) {
        List<TaskListView> views = new ArrayList<>();
        views.addAll(views(decisions, domain, "decision"));
        views.addAll(views(activities, domain, "activity"));
        return views;
    }

    /** Every list of every domain, by domain name (sorted), each domain's as {@link #views(String)} gives them. */
    public Map<String, List<TaskListView>> viewsByDomain() {
        TreeMap<String, List<TaskListView>> byDomain = new TreeMap<>();
        java.util.stream.Stream.concat(decisions.keySet().stream(), activities.keySet().stream())
                .map(key -> key.substring(0, key.indexOf('\u0000')))
                .distinct()
                .forEach(domain -> byDomain.put(domain, views(domain)));
        return byDomain;
    }

    private static List<TaskListView> views(Map<String, ? extends TaskQueue<?>> lists, String domain, String kind) {
        String prefix = domain + '\u0000';
        return lists.entrySet().stream()
                .filter(e -> e.getKey().startsWith(prefix))
                .map(e -> e.getValue().view(e.getKey().substring(prefix.length()), kind))
                .sorted(Comparator.comparing(TaskListView::name))
                .toList();
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
