package dev.swfrelay.emulator.engine.task;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One task list of one kind (decision or activity) in one domain: scheduled tasks by
 * priority then order, and the polls parked on it. A task is handed to exactly one poll.
 *
 * <p>Lock order: an execution's lock may be held when calling {@link #offer} or
 * {@link #remove}; {@link #take} never holds this queue's lock while taking an execution's.
 */
public final class TaskQueue<R> {

    private final TreeSet<QueuedTask<R>> tasks = new TreeSet<>();
    private final ArrayDeque<Poll<R>> parked = new ArrayDeque<>();
    private final AtomicInteger waitingInEngine;

    TaskQueue(AtomicInteger waitingInEngine) {
        this.waitingInEngine = waitingInEngine;
    }

    /** Schedules {@code task}: straight to a parked poll if one takes it, else onto the list. */
    public synchronized void offer(QueuedTask<R> task) {
        Poll<R> poll;
        while ((poll = parked.pollFirst()) != null) {
            Delivery delivery = task.deliver(poll);
            if (delivery != Delivery.POLL_GONE) {
                return;
            }
        }
        if (tasks.add(task)) {
            waitingInEngine.incrementAndGet();
        }
    }

    /** Withdraws a task that timed out or was cancelled before a poll took it. */
    public synchronized boolean remove(QueuedTask<R> task) {
        if (tasks.remove(task)) {
            waitingInEngine.decrementAndGet();
            return true;
        }
        return false;
    }

    /**
     * Answers {@code poll} with the first deliverable task, or parks it. Returns true when
     * parked (the caller then arranges the hold deadline).
     */
    public boolean take(Poll<R> poll) {
        while (true) {
            QueuedTask<R> task;
            synchronized (this) {
                task = tasks.pollFirst();
                if (task == null) {
                    if (poll.future().isDone()) {
                        return false;
                    }
                    parked.addLast(poll);
                    return true;
                }
                waitingInEngine.decrementAndGet();
            }
            Delivery delivery = task.deliver(poll);
            if (delivery == Delivery.DELIVERED) {
                return false;
            }
            if (delivery == Delivery.POLL_GONE) {
                requeue(task);
                return false;
            }
        }
    }

    /** Forgets a parked poll that was cancelled or timed out. */
    public synchronized void withdraw(Poll<R> poll) {
        Iterator<Poll<R>> it = parked.iterator();
        while (it.hasNext()) {
            if (it.next() == poll) {
                it.remove();
                return;
            }
        }
    }

    /** Answers every parked poll with {@code empty}, as on shutdown. */
    public void releaseParked(R empty) {
        java.util.List<Poll<R>> polls;
        synchronized (this) {
            polls = new java.util.ArrayList<>(parked);
            parked.clear();
        }
        polls.forEach(p -> p.future().complete(empty));
    }

    public synchronized int pending() {
        return tasks.size();
    }

    public synchronized int parkedPolls() {
        return parked.size();
    }

    private void requeue(QueuedTask<R> task) {
        if (task instanceof Requeueable requeueable) {
            requeueable.requeue();
        } else {
            offer(task);
        }
    }

    /** A task that must re-check its state under its execution's lock before going back on the list. */
    public interface Requeueable {
        void requeue();
    }
}
