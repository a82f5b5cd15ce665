package dev.swfrelay.emulator.engine.decision.state;

import dev.swfrelay.core.model.EventType;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which events call for a new decision task, as on SWF: outcomes the decider has to react to
 * (results, failures, timeouts, signals, cancel requests, fired timers, failed decisions),
 * but not the echoes of its own decisions nor the decision task's own life cycle.
 */
public final class DecisionTriggers {

    private static final Set<EventType> QUIET = EnumSet.of(
            EventType.WorkflowExecutionCompleted, EventType.WorkflowExecutionFailed,
            EventType.WorkflowExecutionTimedOut, EventType.WorkflowExecutionCanceled,
            EventType.WorkflowExecutionContinuedAsNew, EventType.WorkflowExecutionTerminated,
            EventType.DecisionTaskScheduled, EventType.DecisionTaskStarted, EventType.DecisionTaskCompleted,
            EventType.ActivityTaskScheduled, EventType.ActivityTaskStarted, EventType.ActivityTaskCancelRequested,
            EventType.MarkerRecorded, EventType.TimerStarted, EventType.TimerCanceled,
            EventType.StartChildWorkflowExecutionInitiated, EventType.SignalExternalWorkflowExecutionInitiated,
            EventType.RequestCancelExternalWorkflowExecutionInitiated, EventType.LambdaFunctionScheduled,
            EventType.LambdaFunctionStarted);

    private DecisionTriggers() {
    }

    public static boolean needsDecision(EventType type) {
        return !QUIET.contains(type);
    }
}
