package dev.swfrelay.emulator.engine.shared;

import dev.swfrelay.core.model.Faults;
import dev.swfrelay.emulator.engine.task.Poll;
import dev.swfrelay.emulator.engine.task.TaskQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Parks a poll on a task list without a thread (at most the limit's number of polls per list,
 * as SWF refuses more with LimitExceededFault): the future is answered by the first task
 * scheduled, or with {@code empty} once the real-time hold passes (at once, on the caller's
 * thread, for a zero hold). Cancelling the future withdraws the poll.
 */
public final class LongPolls {

    private LongPolls() {
    }

    public static <R> CompletableFuture<R> park(EngineParts parts, TaskQueue<R> queue, Poll<R> poll, R empty) {
        int limit = parts.settings.limits().maxPollersPerTaskList();
        if (queue.parkedPolls() >= limit) {
            throw Faults.limitExceeded("polls waiting on one task list", limit)
                    .withDetail("spread polls over more task lists");
        }
        CompletableFuture<R> future = poll.future();
        if (!queue.take(poll)) {
            return future;
        }
        long holdNanos = parts.settings.pollHold().toNanos();
        if (holdNanos == 0) {
            // a zero hold answers at once on the caller's thread: no timer thread, no hand-off
            // (single-threaded simulation polls this way on every step)
            queue.withdraw(poll);
            future.complete(empty);
            return future;
        }
        ScheduledFuture<?> hold = parts.pollTimer.schedule(() -> {
            future.complete(empty);
        }, holdNanos, TimeUnit.NANOSECONDS);
        future.whenComplete((task, error) -> {
            hold.cancel(false);
            if (task == empty || error != null) {
                queue.withdraw(poll);
            }
        });
        return future;
    }
}
