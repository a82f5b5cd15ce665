package dev.swfrelay.cli.history;

import dev.swfrelay.core.model.EventType;
import dev.swfrelay.core.model.HistoryEvent;
import dev.swfrelay.core.model.WorkflowExecution;
import dev.swfrelay.core.port.WorkflowClient;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Follows an execution's history until it closes, handing each new event to a listener as
 * it appears. Reads the history again at an interval that grows from {@code first} to
 * {@code max}, so a short run is followed closely and a long one does not flood SWF.
 */
public final class ExecutionWatch {

    private static final Set<EventType> CLOSING = Set.of(EventType.WorkflowExecutionCompleted,
            EventType.WorkflowExecutionFailed, EventType.WorkflowExecutionTimedOut,
            EventType.WorkflowExecutionCanceled, EventType.WorkflowExecutionTerminated,
            EventType.WorkflowExecutionContinuedAsNew);

    private final WorkflowClient workflows;
    private final String domain;
    private final WorkflowExecution execution;
    private final Duration first;
    private final Duration max;

    public ExecutionWatch(WorkflowClient workflows, String domain, WorkflowExecution execution,
            Duration first, Duration max) {
        this.workflows = Objects.requireNonNull(workflows, "workflows");
        this.domain = Objects.requireNonNull(domain, "domain");
        this.execution = Objects.requireNonNull(execution, "execution");
        this.first = first;
        this.max = max;
    }

    /** @return the whole history, whose last event closed the execution */
    public List<HistoryEvent> awaitClose(Consumer<HistoryEvent> listener) throws InterruptedException {
        int seen = 0;
        long wait = first.toMillis();
        while (true) {
            List<HistoryEvent> events = workflows.history(domain, execution);
            for (HistoryEvent event : events.subList(seen, events.size())) {
                listener.accept(event);
            }
            boolean progressed = events.size() > seen;
            seen = events.size();
            if (!events.isEmpty() && isClosing(events.get(events.size() - 1))) {
                return events;
            }
            wait = progressed ? first.toMillis() : Math.min(max.toMillis(), wait * 2);
            Thread.sleep(wait);
        }
    }

    public static boolean isClosing(HistoryEvent event) {
        return CLOSING.contains(event.eventType());
    }
}
