package dev.swfrelay.core.testing;

import dev.swfrelay.core.model.decision.CancelTimer;
import dev.swfrelay.core.model.decision.CancelWorkflowExecution;
import dev.swfrelay.core.model.decision.CompleteWorkflowExecution;
import dev.swfrelay.core.model.decision.Decision;
import dev.swfrelay.core.model.decision.FailWorkflowExecution;
import dev.swfrelay.core.model.decision.RecordMarker;
import dev.swfrelay.core.model.decision.RequestCancelActivityTask;
import dev.swfrelay.core.model.decision.ScheduleActivityTask;
import dev.swfrelay.core.model.decision.StartTimer;
import dev.swfrelay.core.model.event.WorkflowExecutionCanceled;
import dev.swfrelay.core.model.event.WorkflowExecutionCompleted;
import dev.swfrelay.core.model.event.WorkflowExecutionFailed;

/** The event SWF appends for a decision it accepts, for {@link HistoryBuilder#decided}. */
final class DecisionEvents {

    private DecisionEvents() {
    }

    static void append(HistoryBuilder history, long completedEventId, Decision decision) {
        if (decision instanceof ScheduleActivityTask schedule) {
            history.activityScheduled(schedule.activityId(), schedule.activityType(), schedule.taskList(), schedule.input());
        } else if (decision instanceof RequestCancelActivityTask cancel) {
            history.activityCancelRequested(cancel.activityId());
        } else if (decision instanceof StartTimer timer) {
            history.timerStarted(timer.timerId(), timer.startToFireTimeout());
        } else if (decision instanceof CancelTimer cancel) {
            history.timerCanceled(cancel.timerId());
        } else if (decision instanceof RecordMarker marker) {
            history.markerRecorded(marker.markerName(), marker.details());
        } else if (decision instanceof CompleteWorkflowExecution complete) {
            history.event(new WorkflowExecutionCompleted(completedEventId, complete.result()));
        } else if (decision instanceof FailWorkflowExecution fail) {
            history.event(new WorkflowExecutionFailed(completedEventId, fail.details(), fail.reason()));
        } else if (decision instanceof CancelWorkflowExecution cancel) {
            history.event(new WorkflowExecutionCanceled(completedEventId, cancel.details()));
        } else {
            throw new IllegalArgumentException("HistoryBuilder.decided does not model " + decision.decisionType()
                    + " decisions; append their events with event(...)");
        }
    }
}
