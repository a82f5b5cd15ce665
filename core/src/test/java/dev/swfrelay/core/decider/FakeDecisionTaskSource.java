package dev.swfrelay.core.decider;

import dev.swfrelay.core.fake.FakeTaskQueue;
import dev.swfrelay.core.model.DecisionTask;
import dev.swfrelay.core.model.TaskList;
import dev.swfrelay.core.model.decision.Decision;
import dev.swfrelay.core.port.DecisionTaskSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** An in-memory {@link DecisionTaskSource}: one task list, answers recorded by task token. */
final class FakeDecisionTaskSource implements DecisionTaskSource {

    final FakeTaskQueue<DecisionTask> queue;
    private final TaskList taskList;
    private final Map<String, List<Decision>> answers = new ConcurrentHashMap<>();
    private final AtomicInteger answerCount = new AtomicInteger();

    /** @param holdMillis how long a poll parks before it returns empty */
    FakeDecisionTaskSource(TaskList taskList, long holdMillis) {
        this.taskList = taskList;
        this.queue = new FakeTaskQueue<>(holdMillis);
    }

    @Override
    public Optional<DecisionTask> poll(TaskList polled) throws InterruptedException {
        if (!polled.equals(taskList)) {
            throw new IllegalArgumentException("polled " + polled + ", fake serves " + taskList);
        }
        return queue.poll();
    }

    @Override
    public void complete(String taskToken, List<Decision> decisions, String executionContext) {
        answerCount.incrementAndGet();
        answers.put(taskToken, List.copyOf(decisions));
    }

    Map<String, List<Decision>> answers() {
        return Map.copyOf(answers);
    }

    /** Every answer, counting a token answered twice twice. */
    int answerCount() {
        return answerCount.get();
    }
}
