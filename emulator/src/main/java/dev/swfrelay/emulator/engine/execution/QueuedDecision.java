package dev.swfrelay.emulator.engine.execution;

import dev.swfrelay.core.model.DecisionTask;
import dev.swfrelay.emulator.engine.task.Delivery;
import dev.swfrelay.emulator.engine.task.Poll;
import dev.swfrelay.emulator.engine.task.QueuedTask;
import dev.swfrelay.emulator.engine.task.TaskQueue;

/** An execution's scheduled decision task waiting on its task list. */
final class QueuedDecision extends QueuedTask<DecisionTask> implements TaskQueue.Requeueable {

    final Execution execution;
    final TaskQueue<DecisionTask> queue;

    QueuedDecision(Execution execution, TaskQueue<DecisionTask> queue, int priority, long sequence) {
        super(priority, sequence);
        this.execution = execution;
        this.queue = queue;
    }

    @Override
    public Delivery deliver(Poll<DecisionTask> poll) {
        return execution.locked(() -> execution.context.decisionTasks.start(this, poll));
    }

    @Override
    public void requeue() {
        execution.locked(() -> {
            if (execution.isOpen() && execution.decision.queued == this) {
                queue.offer(this);
            }
        });
    }
}
