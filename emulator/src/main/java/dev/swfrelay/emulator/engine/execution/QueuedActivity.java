package dev.swfrelay.emulator.engine.execution;

import dev.swfrelay.core.model.ActivityTask;
import dev.swfrelay.emulator.engine.task.Delivery;
import dev.swfrelay.emulator.engine.task.Poll;
import dev.swfrelay.emulator.engine.task.QueuedTask;
import dev.swfrelay.emulator.engine.task.TaskQueue;

/** A scheduled activity task waiting on its task list. */
final class QueuedActivity extends QueuedTask<ActivityTask> implements TaskQueue.Requeueable {

    final ActivityState activity;
    final TaskQueue<ActivityTask> queue;

    QueuedActivity(ActivityState activity, TaskQueue<ActivityTask> queue, long sequence) {
        super(activity.priority, sequence);
        this.activity = activity;
        this.queue = queue;
    }

    @Override
    public Delivery deliver(Poll<ActivityTask> poll) {
        Execution execution = activity.execution;
        return execution.locked(() -> execution.context.activityTasks.start(this, poll));
    }

    @Override
    public void requeue() {
        Execution execution = activity.execution;
        execution.locked(() -> {
            if (execution.isOpen() && activity.queued == this) {
                queue.offer(this);
            }
        });
    }
}
