package dev.swfrelay.emulator.engine.task;

/**
 * A scheduled task waiting on a task list. Higher {@code priority} first, then scheduling
 * order. {@link #deliver} starts the task for a poll under its execution's lock.
 */
public abstract class QueuedTask<R> implements Comparable<QueuedTask<R>> {

    private final int priority;
    private final long sequence;

    protected QueuedTask(int priority, long sequence) {
        this.priority = priority;
        this.sequence = sequence;
    }

    /**
     * Starts this task for {@code poll} if both are still there, answering the poll's future.
     * Takes the owning execution's lock (reentrantly when the caller already holds it).
     */
    public abstract Delivery deliver(Poll<R> poll);

    @Override
    public int compareTo(QueuedTask<R> other) {
        int byPriority = Integer.compare(other.priority, priority);
        return byPriority != 0 ? byPriority : Long.compare(sequence, other.sequence);
    }
}
