package dev.swfrelay.it.cli;

import java.time.Duration;
import java.time.Instant;
import software.amazon.awssdk.services.swf.SwfClient;

/**
 * How far a chaos run got, asked of the server: executions closed, and whether the run
 * stalled: nothing waits on any task list and nothing closed for a while, so every open
 * execution waits on a task some poller holds. Live workers answer in milliseconds, so a
 * stall of {@code STALL} means the holders were killed, and the test moves the server's
 * clock past the task timeouts. Mistaking a slow live holder for a dead one costs only a
 * retry (its task times out too), never correctness.
 */
final class ChaosProgress {

    private static final Duration STALL = Duration.ofMillis(1500);

    private final SwfClient swf;
    private final String domain;
    private final String decisions;
    private final String[] activityLists;
    private int lastClosed = -1;
    private Instant lastMoved = Instant.now();

    ChaosProgress(SwfClient swf, String domain, String decisions, String... activityLists) {
        this.swf = swf;
        this.domain = domain;
        this.decisions = decisions;
        this.activityLists = activityLists.clone();
    }

    int closed() {
        return swf.countClosedWorkflowExecutions(r -> r.domain(domain)
                .startTimeFilter(f -> f.oldestDate(Instant.EPOCH))).count();
    }

    /** Whether nothing waited on a task list and nothing closed since {@code STALL} ago. */
    boolean stalled() {
        int closed = closed();
        boolean idle = pending(decisions, true) == 0;
        for (String list : activityLists) {
            idle = idle && pending(list, false) == 0;
        }
        if (closed != lastClosed || !idle) {
            lastClosed = closed;
            lastMoved = Instant.now();
            return false;
        }
        return Duration.between(lastMoved, Instant.now()).compareTo(STALL) >= 0;
    }

    /** Starts a new stall measurement, e.g. after the clock moved. */
    void moved() {
        lastMoved = Instant.now();
    }

    private int pending(String list, boolean decision) {
        return decision
                ? swf.countPendingDecisionTasks(r -> r.domain(domain).taskList(t -> t.name(list))).count()
                : swf.countPendingActivityTasks(r -> r.domain(domain).taskList(t -> t.name(list))).count();
    }
}
