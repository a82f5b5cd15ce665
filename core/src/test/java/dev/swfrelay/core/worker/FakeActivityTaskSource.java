package dev.swfrelay.core.worker;

import dev.swfrelay.core.fake.FakeTaskQueue;
import dev.swfrelay.core.model.ActivityTask;
import dev.swfrelay.core.model.Faults;
import dev.swfrelay.core.model.Violation;
import dev.swfrelay.core.model.TaskList;
import dev.swfrelay.core.port.ActivityTaskSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An in-memory {@link ActivityTaskSource}: one task list; outcomes and heartbeats recorded by
 * task token; cancellation requested by the test per token; results longer than SWF's
 * 32,768 characters rejected as SWF rejects them.
 */
final class FakeActivityTaskSource implements ActivityTaskSource {

    /** How a task ended, as the worker reported it. */
    record Outcome(String kind, String resultOrReason, String details) {
    }

    final FakeTaskQueue<ActivityTask> queue;
    private final TaskList taskList;
    private final Map<String, List<Outcome>> outcomes = new ConcurrentHashMap<>();
    private final Map<String, List<String>> heartbeats = new ConcurrentHashMap<>();
    private final Set<String> cancelRequested = ConcurrentHashMap.newKeySet();
    private final Set<String> forgotten = ConcurrentHashMap.newKeySet();

    FakeActivityTaskSource(TaskList taskList, long holdMillis) {
        this.taskList = taskList;
        this.queue = new FakeTaskQueue<>(holdMillis);
    }

    @Override
    public Optional<ActivityTask> poll(TaskList polled) throws InterruptedException {
        if (!polled.equals(taskList)) {
            throw new IllegalArgumentException("polled " + polled + ", fake serves " + taskList);
        }
        return queue.poll();
    }

    @Override
    public void complete(String taskToken, String result) {
        if (result != null && result.length() > 32_768) {
            throw Faults.invalid(new Violation.Shown("of length " + result.length()), "result",
                    "Member must have length less than or equal to 32768");
        }
        record(taskToken, new Outcome("completed", result, null));
    }

    @Override
    public void fail(String taskToken, String reason, String details) {
        record(taskToken, new Outcome("failed", reason, details));
    }

    @Override
    public void canceled(String taskToken, String details) {
        record(taskToken, new Outcome("canceled", null, details));
    }

    @Override
    public boolean heartbeat(String taskToken, String details) {
        heartbeats.computeIfAbsent(taskToken, t -> new CopyOnWriteArrayList<>()).add(String.valueOf(details));
        if (forgotten.contains(taskToken)) {
            throw Faults.unknownActivity(0);
        }
        return cancelRequested.contains(taskToken);
    }

    /** From now on the task is unknown, as after it timed out: heartbeats fail with UnknownResourceFault. */
    void forget(String taskToken) {
        forgotten.add(taskToken);
    }

    void requestCancel(String taskToken) {
        cancelRequested.add(taskToken);
    }

    List<String> heartbeats(String taskToken) {
        return List.copyOf(heartbeats.getOrDefault(taskToken, List.of()));
    }

    List<Outcome> outcomes(String taskToken) {
        return List.copyOf(outcomes.getOrDefault(taskToken, List.of()));
    }

    int outcomeCount() {
        return outcomes.values().stream().mapToInt(List::size).sum();
    }

    private void record(String taskToken, Outcome outcome) {
        outcomes.computeIfAbsent(taskToken, t -> new CopyOnWriteArrayList<>()).add(outcome);
    }
}
