package dev.swfrelay.emulator.engine.shared;

import dev.swfrelay.emulator.engine.run.state.Execution;
import dev.swfrelay.emulator.engine.run.state.ExecutionStore;
import dev.swfrelay.core.model.HistoryEvent;
import dev.swfrelay.core.model.SwfFault;
import dev.swfrelay.core.model.event.ActivityTaskScheduled;
import dev.swfrelay.core.model.event.DecisionTaskScheduled;
import dev.swfrelay.emulator.engine.TaskAddress;
import dev.swfrelay.emulator.engine.clock.VirtualClock;
import java.util.Optional;

/** Reads a task token as {@link TaskAddress}: the token names domain, run and scheduled event; the run's history the rest. */
public final class TaskAddresses {

    private final ExecutionStore store;
    private final VirtualClock clock;

    public TaskAddresses(ExecutionStore store, VirtualClock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Empty when {@code token} is not one this engine issued. */
    public Optional<TaskAddress> of(String token) {
        return TaskToken.decode(token).map(this::address);
    }

    private TaskAddress address(TaskToken token) {
        String domain = token.domain();
        String workflowId = token.run().workflowId();
        Execution run;
        try {
            run = store.get(domain, token.run(), clock.now());
        } catch (SwfFault gone) {
            return new TaskAddress(domain, workflowId, null, null);
        }
        HistoryEvent scheduled = run.locked(() -> token.scheduledEventId() <= run.lastEventId()
                ? run.event(token.scheduledEventId()) : null);
        if (scheduled != null && scheduled.attributes() instanceof ActivityTaskScheduled activity) {
            return new TaskAddress(domain, workflowId, activity.taskList() == null ? null : activity.taskList().name(),
                    activity.activityType().name());
        }
        if (scheduled != null && scheduled.attributes() instanceof DecisionTaskScheduled decision) {
            return new TaskAddress(domain, workflowId, decision.taskList() == null ? null : decision.taskList().name(),
                    null);
        }
        return new TaskAddress(domain, workflowId, null, null);
    }
}
