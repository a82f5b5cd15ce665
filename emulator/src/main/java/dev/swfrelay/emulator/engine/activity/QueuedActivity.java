package dev.swfrelay.emulator.engine.activity;

import dev.swfrelay.emulator.engine.activity.state.ActivityState;
import dev.swfrelay.emulator.engine.run.state.Execution;
import dev.swfrelay.core.model.ActivityTask;
import dev.swfrelay.emulator.engine.task.Delivery;
import dev.swfrelay.emulator.engine.task.Poll;
import dev.swfrelay.emulator.engine.task.QueuedTask;
import dev.swfrelay.emulator.engine.task.TaskQueue;

/** A scheduled activity task waiting on its task list. */
final class QueuedActivity extends QueuedTask<ActivityTask> implements TaskQueue.Requeueable {

    private final Execution execution;
    private final ActivityState activity;
    private final ActivityTasks tasks;
    private final TaskQueue<ActivityTask> queue;

    QueuedActivity(Execution execution, ActivityState activity, ActivityTasks tasks, TaskQueue<ActivityTask> queue,
                   long sequence) {
        super(activity.priority(), sequence);
        this.execution = execution;
        this.activity = activity;
        this.tasks = tasks;
        this.queue = queue;
    }

    ActivityState activity() {
        return activity;
    }

    @Override
    public Delivery deliver(Poll<ActivityTask> poll) {
        return tasks.deliver(execution, this, poll);
    }

    @Override
    public void requeue() {
        execution.locked(() -> {
            if (execution.isOpen() && activity.queued() == this) {
                queue.offer(this);
            }
        });
    }
}
