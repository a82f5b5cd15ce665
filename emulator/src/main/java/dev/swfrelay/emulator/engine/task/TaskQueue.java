package dev.swfrelay.emulator.engine.task;

import dev.swfrelay.emulator.engine.TaskListView;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** Identities whose last poll a list remembers, the most recent ones. */
    static final int REMEMBERED_IDENTITIES = 100;

    private final TreeSet<QueuedTask<R>> tasks = new TreeSet<>();
    private final ArrayDeque<Poll<R>> parked = new ArrayDeque<>();
    private final Map<Poll<R>, Instant> parkedSince = new IdentityHashMap<>();
    private final Map<String, Instant> lastPollBy = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
            return size() > REMEMBERED_IDENTITIES;
        }
    };
    private final AtomicInteger waitingInEngine;
    private final InstantSource realTime;

    TaskQueue(AtomicInteger waitingInEngine, InstantSource realTime) {
        this.waitingInEngine = waitingInEngine;
        this.realTime = realTime;
    }

    /** Schedules {@code task}: straight to a parked poll if one takes it, else onto the list. */
    public synchronized void offer(QueuedTask<R> task) {
        Poll<R> poll;
        while ((poll = parked.pollFirst()) != null) {
            parkedSince.remove(poll);
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
                Instant now = realTime.instant();
                lastPollBy.remove(identityOf(poll));
                lastPollBy.put(identityOf(poll), now);
                task = tasks.pollFirst();
                if (task == null) {
                    if (poll.future().isDone()) {
                        return false;
                    }
                    parked.addLast(poll);
                    parkedSince.put(poll, now);
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
                parkedSince.remove(poll);
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
            parkedSince.clear();
        }
        polls.forEach(p -> p.future().complete(empty));
    }

    public synchronized int pending() {
        return tasks.size();
    }

    public synchronized int parkedPolls() {
        return parked.size();
    }

    /** This list as a person sees it: pending tasks, parked polls oldest first, last poll per identity newest first. */
    public synchronized TaskListView view(String name, String kind) {
        List<TaskListView.Poller> waitingPolls = parked.stream()
                .filter(p -> !p.future().isDone())
                .map(p -> new TaskListView.Poller(identityOf(p), parkedSince.getOrDefault(p, Instant.EPOCH)))
                .toList();
        List<TaskListView.Poller> last = new java.util.ArrayList<>();
        lastPollBy.forEach((identity, at) -> last.add(0, new TaskListView.Poller(identity, at)));
        return new TaskListView(name, kind, tasks.size(), waitingPolls, last);
    }

    private static String identityOf(Poll<?> poll) {
        return poll.identity() == null ? "" : poll.identity();
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
