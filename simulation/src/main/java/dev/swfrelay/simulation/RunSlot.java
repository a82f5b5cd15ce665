package dev.swfrelay.simulation;

import dev.swfrelay.core.model.WorkflowExecution;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One run of a seed's workload: when it starts, its execution once started, the signals it still has to get. */
final class RunSlot {

    final String workflowId;
    final String input;
    final Instant startAt;
    final List<ScheduledSignal> signals = new ArrayList<>();
    final List<Instant> signalsDue = new ArrayList<>();
    WorkflowExecution execution;
    boolean closed;

    RunSlot(String workflowId, String input, Instant startAt) {
        this.workflowId = workflowId;
        this.input = input;
        this.startAt = startAt;
    }

    boolean open() {
        return execution != null && !closed;
    }

    /** How many signals are due at {@code now}, counted from the first (they are kept in due order). */
    int signalsDueAt(Instant now) {
        int due = 0;
        while (due < signalsDue.size() && !signalsDue.get(due).isAfter(now)) {
            due++;
        }
        return due;
    }
}
