package dev.swfrelay.emulator.engine.change;

import dev.swfrelay.core.model.WorkflowExecution;
import java.time.Instant;
import java.util.Objects;

/**
 * The worker of the activity scheduled as event {@code scheduledEventId} of {@code run} heartbeat
 * at {@code at} with {@code details} (null for none): the heartbeat timeout runs from it and a
 * timeout event carries its details, yet SWF records no event for it.
 */
public record HeartbeatRecorded(String domain, WorkflowExecution run, long scheduledEventId, Instant at,
                                String details) implements Change {

    public HeartbeatRecorded {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(at, "at");
    }
}
