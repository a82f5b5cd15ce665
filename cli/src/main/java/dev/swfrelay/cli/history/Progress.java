package dev.swfrelay.cli.history;

import dev.swfrelay.core.model.EventType;
import dev.swfrelay.core.model.HistoryEvent;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Live progress of an execution: each step as it is scheduled, started and closed, and the
 * execution's own start and end, one timeline line each. Decision tasks are left out.
 */
public final class Progress {

    private static final Set<EventType> SHOWN = Set.of(EventType.WorkflowExecutionStarted,
            EventType.ActivityTaskScheduled, EventType.ActivityTaskStarted, EventType.ActivityTaskCompleted,
            EventType.ActivityTaskFailed, EventType.ActivityTaskTimedOut, EventType.ActivityTaskCanceled,
            EventType.ScheduleActivityTaskFailed, EventType.TimerStarted, EventType.TimerFired,
            EventType.WorkflowExecutionCompleted, EventType.WorkflowExecutionFailed,
            EventType.WorkflowExecutionTimedOut, EventType.WorkflowExecutionCanceled,
            EventType.WorkflowExecutionTerminated);

    private final PrintWriter out;
    private final Map<Long, Instant> times = new HashMap<>();
    private Instant start;

    public Progress(PrintWriter out) {
        this.out = out;
    }

    public void show(HistoryEvent event) {
        if (start == null) {
            start = event.eventTimestamp();
        }
        times.put(event.eventId(), event.eventTimestamp());
        if (SHOWN.contains(event.eventType())) {
            out.println(Timeline.line(event, start, times));
            out.flush();
        }
    }
}
