package dev.swfrelay.emulator.engine.change;

import dev.swfrelay.core.model.HistoryEvent;
import dev.swfrelay.core.model.WorkflowExecution;
import java.util.Objects;

/** {@code event} was appended to the history of {@code run} in {@code domain}; event 1 opens the run. */
public record EventRecorded(String domain, WorkflowExecution run, HistoryEvent event) implements Change {

    public EventRecorded {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(event, "event");
    }
}
