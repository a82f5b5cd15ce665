package dev.swfrelay.emulator.engine.decision;

import dev.swfrelay.emulator.engine.run.state.Execution;
import dev.swfrelay.core.model.DecisionTask;
import dev.swfrelay.emulator.engine.task.Delivery;
import dev.swfrelay.emulator.engine.task.Poll;
import dev.swfrelay.emulator.engine.task.QueuedTask;
import dev.swfrelay.emulator.engine.task.TaskQueue;

/** A run's scheduled decision task waiting on its task list. */
final class QueuedDecision extends QueuedTask<DecisionTask> implements TaskQueue.Requeueable {

    private final Execution execution;
    private final DecisionTasks tasks;
    private final TaskQueue<DecisionTask> queue;

    QueuedDecision(Execution execution, DecisionTasks tasks, TaskQueue<DecisionTask> queue, int priority, long sequence) {
        super(priority, sequence);
        this.execution = execution;
        this.tasks = tasks;
        this.queue = queue;
    }

    @Override
    public Delivery deliver(Poll<DecisionTask> poll) {
        return tasks.deliver(execution, this, poll);
    }

    @Override
    public void requeue() {
        execution.locked(() -> {
            if (execution.isOpen() && execution.decision().queued() == this) {
                queue.offer(this);
            }
        });
    }
}
