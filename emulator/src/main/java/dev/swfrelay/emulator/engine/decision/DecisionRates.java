package dev.swfrelay.emulator.engine.decision;

import dev.swfrelay.emulator.engine.shared.EngineParts;
import dev.swfrelay.emulator.engine.run.state.Execution;
import dev.swfrelay.core.model.RequestCancelExternalWorkflowExecutionFailedCause;
import dev.swfrelay.core.model.ScheduleActivityTaskFailedCause;
import dev.swfrelay.core.model.SignalExternalWorkflowExecutionFailedCause;
import dev.swfrelay.core.model.StartChildWorkflowExecutionFailedCause;
import dev.swfrelay.core.model.StartTimerFailedCause;
import dev.swfrelay.core.model.decision.Decision;
import dev.swfrelay.core.model.decision.RequestCancelExternalWorkflowExecution;
import dev.swfrelay.core.model.decision.ScheduleActivityTask;
import dev.swfrelay.core.model.decision.SignalExternalWorkflowExecution;
import dev.swfrelay.core.model.decision.StartChildWorkflowExecution;
import dev.swfrelay.core.model.decision.StartTimer;
import dev.swfrelay.core.model.event.EventAttributes;
import dev.swfrelay.core.model.event.RequestCancelExternalWorkflowExecutionFailed;
import dev.swfrelay.core.model.event.ScheduleActivityTaskFailed;
import dev.swfrelay.core.model.event.SignalExternalWorkflowExecutionFailed;
import dev.swfrelay.core.model.event.StartChildWorkflowExecutionFailed;
import dev.swfrelay.core.model.event.StartTimerFailed;
import dev.swfrelay.emulator.engine.throttle.SwfQuotas;
import dev.swfrelay.emulator.engine.throttle.Throttle;

/**
 * SWF's decision quotas: a decision whose type's bucket is empty is not applied; it is recorded
 * as its {@code …Failed} event with the model's {@code …_RATE_EXCEEDED} cause, which (as every
 * failed decision) schedules a new decision task. The five decision types SWF documents a bucket
 * for are throttled; the others never are.
 */
final class DecisionRates {

    private final EngineParts parts;
    private final Throttle throttle;

    DecisionRates(EngineParts parts) {
        this.parts = parts;
        this.throttle = parts.throttle;
    }

    /** Whether {@code d} may be applied; if not, its failed event is recorded on {@code e}. */
    boolean admit(Execution e, Decision d, long completed) {
        if (!throttle.isOn()) {
            return true;
        }
        EventAttributes failed = null;
        if (d instanceof ScheduleActivityTask s && !throttle.admits(SwfQuotas.Decision.SCHEDULE_ACTIVITY_TASK)) {
            failed = new ScheduleActivityTaskFailed(s.activityId(), s.activityType(),
                    ScheduleActivityTaskFailedCause.ACTIVITY_CREATION_RATE_EXCEEDED, completed);
        } else if (d instanceof StartTimer t && !throttle.admits(SwfQuotas.Decision.START_TIMER)) {
            failed = new StartTimerFailed(StartTimerFailedCause.TIMER_CREATION_RATE_EXCEEDED, completed, t.timerId());
        } else if (d instanceof StartChildWorkflowExecution c
                && !throttle.admits(SwfQuotas.Decision.START_CHILD_WORKFLOW_EXECUTION)) {
            failed = new StartChildWorkflowExecutionFailed(StartChildWorkflowExecutionFailedCause.CHILD_CREATION_RATE_EXCEEDED,
                    c.control(), completed, 0, c.workflowId(), c.workflowType());
        } else if (d instanceof SignalExternalWorkflowExecution s
                && !throttle.admits(SwfQuotas.Decision.SIGNAL_EXTERNAL_WORKFLOW_EXECUTION)) {
            failed = new SignalExternalWorkflowExecutionFailed(
                    SignalExternalWorkflowExecutionFailedCause.SIGNAL_EXTERNAL_WORKFLOW_EXECUTION_RATE_EXCEEDED,
                    s.control(), completed, 0, s.runId(), s.workflowId());
        } else if (d instanceof RequestCancelExternalWorkflowExecution c
                && !throttle.admits(SwfQuotas.Decision.REQUEST_CANCEL_EXTERNAL_WORKFLOW_EXECUTION)) {
            failed = new RequestCancelExternalWorkflowExecutionFailed(
                    RequestCancelExternalWorkflowExecutionFailedCause.REQUEST_CANCEL_EXTERNAL_WORKFLOW_EXECUTION_RATE_EXCEEDED,
                    c.control(), completed, 0, c.runId(), c.workflowId());
        }
        if (failed == null) {
            return true;
        }
        e.append(parts.clock.now(), failed);
        return false;
    }
}
