package dev.swfrelay.emulator.engine.execution;

import dev.swfrelay.core.model.Faults;
import dev.swfrelay.core.model.SwfFault;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The tokens of tasks that closed (answered, timed out, canceled, or their run closed), so
 * that a late answer gets SWF's words for it: {@code Unknown activity, scheduledEventId = N},
 * {@code Unknown decision task, scheduledEventId = N}, or {@code Unknown execution: …} when
 * the run is closed. Only the most recent {@link #CAPACITY} are kept; older ones are simply
 * unknown tokens.
 */
final class RetiredTokens {

    static final int CAPACITY = 65_536;

    private record Retired(Execution execution, long scheduledEventId, boolean activity) {
    }

    private final Map<String, Retired> retired = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Retired> eldest) {
            return size() > CAPACITY;
        }
    };

    /** Remembers {@code token}, which named {@code task} (an {@link ActivityState} or a decision's {@link Execution}). */
    synchronized void retire(String token, Object task) {
        if (task instanceof ActivityState a) {
            retired.put(token, new Retired(a.execution, a.scheduledEventId, true));
        } else if (task instanceof Execution e) {
            retired.put(token, new Retired(e, e.decision.startedScheduledEventId, false));
        }
    }

    /** SWF's fault for answering {@code token}; {@code null} when it is not remembered. */
    synchronized SwfFault faultFor(String token) {
        Retired r = retired.get(token);
        if (r == null) {
            return null;
        }
        return staleTask(r.execution, r.scheduledEventId, r.activity);
    }

    /** SWF's fault for a task that is no longer open: its run closed, or the task itself did. */
    static SwfFault staleTask(Execution execution, long scheduledEventId, boolean activity) {
        if (!execution.isOpen()) {
            return Faults.unknownExecution(execution.id).withDetail("the task's run is closed");
        }
        return activity ? Faults.unknownActivity(scheduledEventId) : Faults.unknownDecisionTask(scheduledEventId);
    }

    synchronized void clear() {
        retired.clear();
    }
}
