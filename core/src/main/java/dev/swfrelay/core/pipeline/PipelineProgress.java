package dev.swfrelay.core.pipeline;

import dev.swfrelay.core.model.HistoryEvent;
import dev.swfrelay.core.model.event.ActivityTaskCancelRequested;
import dev.swfrelay.core.model.event.ActivityTaskCanceled;
import dev.swfrelay.core.model.event.ActivityTaskCompleted;
import dev.swfrelay.core.model.event.ActivityTaskFailed;
import dev.swfrelay.core.model.event.ActivityTaskScheduled;
import dev.swfrelay.core.model.event.ActivityTaskTimedOut;
import dev.swfrelay.core.model.event.EventAttributes;
import dev.swfrelay.core.model.event.ScheduleActivityTaskFailed;
import dev.swfrelay.core.model.event.StartTimerFailed;
import dev.swfrelay.core.model.event.TimerCanceled;
import dev.swfrelay.core.model.event.TimerFired;
import dev.swfrelay.core.model.event.TimerStarted;
import dev.swfrelay.core.model.event.WorkflowExecutionCancelRequested;
import dev.swfrelay.core.model.event.WorkflowExecutionStarted;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a pipeline's execution stands, replayed from its history: which step and attempt,
 * whether that attempt runs, waits for its back-off timer, failed, or the step is done.
 * Events of activities and timers the pipeline did not schedule are ignored, as are
 * signals, markers and decision-task bookkeeping.
 */
final class PipelineProgress {

    enum Phase {
        /** The next attempt ({@code attempt + 1}) of the current step is to be scheduled. */
        READY,
        RUNNING,
        /** Waiting for the back-off timer before the next attempt. */
        BACKING_OFF,
        /** The current attempt failed, timed out, was canceled or could not be scheduled. */
        ATTEMPT_FAILED,
        /** Every step completed. */
        DONE
    }

    private final Pipeline pipeline;
    private final Map<Long, String> scheduledActivities = new HashMap<>();
    private Phase phase = Phase.READY;
    private int step;
    private int attempt;
    private String stepInput;
    private String runningActivityId;
    private String timerId;
    private String lastReason;
    private String lastDetails;
    private boolean cancelRequested;
    private boolean activityCancelRequested;

    private PipelineProgress(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    static PipelineProgress replay(Pipeline pipeline, List<HistoryEvent> events) {
        PipelineProgress progress = new PipelineProgress(pipeline);
        for (HistoryEvent event : events) {
            progress.apply(event.eventId(), event.attributes());
        }
        return progress;
    }

    private void apply(long eventId, EventAttributes event) {
        if (event instanceof WorkflowExecutionStarted started) {
            stepInput = started.input();
        } else if (event instanceof WorkflowExecutionCancelRequested) {
            cancelRequested = true;
        } else if (event instanceof ActivityTaskScheduled scheduled) {
            onScheduled(eventId, scheduled.activityId());
        } else if (event instanceof ScheduleActivityTaskFailed failed) {
            onScheduleFailed(failed);
        } else if (event instanceof ActivityTaskCompleted completed) {
            if (isRunning(completed.scheduledEventId())) {
                onStepCompleted(completed.result());
            }
        } else if (event instanceof ActivityTaskFailed failed) {
            if (isRunning(failed.scheduledEventId())) {
                onAttemptFailed(failed.reason() == null ? "failed" : failed.reason(), failed.details());
            }
        } else if (event instanceof ActivityTaskTimedOut timedOut) {
            if (isRunning(timedOut.scheduledEventId())) {
                onAttemptFailed("timed out (" + timedOut.timeoutType() + ")", timedOut.details());
            }
        } else if (event instanceof ActivityTaskCanceled canceled) {
            if (isRunning(canceled.scheduledEventId())) {
                onAttemptFailed("canceled", canceled.details());
            }
        } else if (event instanceof ActivityTaskCancelRequested requested) {
            activityCancelRequested |= phase == Phase.RUNNING && requested.activityId().equals(runningActivityId);
        } else {
            applyTimerEvent(event);
        }
    }

    private void applyTimerEvent(EventAttributes event) {
        if (event instanceof TimerStarted started) {
            if (phase == Phase.ATTEMPT_FAILED && started.timerId().equals(backOffTimerId())) {
                phase = Phase.BACKING_OFF;
                timerId = started.timerId();
            }
        } else if (event instanceof TimerFired fired) {
            endBackOff(fired.timerId());
        } else if (event instanceof TimerCanceled canceled) {
            endBackOff(canceled.timerId());
        } else if (event instanceof StartTimerFailed failed) {
            if (phase == Phase.ATTEMPT_FAILED && failed.timerId().equals(backOffTimerId())) {
                phase = Phase.READY;
            }
        }
    }

    private void onScheduled(long eventId, String activityId) {
        int[] stepAndAttempt = pipeline.parseActivityId(activityId);
        if (stepAndAttempt == null) {
            return;
        }
        scheduledActivities.put(eventId, activityId);
        step = stepAndAttempt[0];
        attempt = stepAndAttempt[1];
        runningActivityId = activityId;
        activityCancelRequested = false;
        phase = Phase.RUNNING;
    }

    private void onScheduleFailed(ScheduleActivityTaskFailed failed) {
        int[] stepAndAttempt = pipeline.parseActivityId(failed.activityId());
        if (stepAndAttempt == null) {
            return;
        }
        step = stepAndAttempt[0];
        attempt = stepAndAttempt[1];
        onAttemptFailed("could not be scheduled (" + failed.cause() + ")", null);
    }

    private void onStepCompleted(String result) {
        runningActivityId = null;
        stepInput = result;
        step++;
        attempt = 0;
        phase = step == pipeline.steps().size() ? Phase.DONE : Phase.READY;
    }

    private void onAttemptFailed(String reason, String details) {
        runningActivityId = null;
        lastReason = reason;
        lastDetails = details;
        phase = Phase.ATTEMPT_FAILED;
    }

    private void endBackOff(String firedTimerId) {
        if (phase == Phase.BACKING_OFF && firedTimerId.equals(timerId)) {
            phase = Phase.READY;
            timerId = null;
        }
    }

    private boolean isRunning(long scheduledEventId) {
        String activityId = scheduledActivities.get(scheduledEventId);
        return phase == Phase.RUNNING && activityId != null && activityId.equals(runningActivityId);
    }

    /** The timer that delays the attempt after the current one. */
    String backOffTimerId() {
        return "retry-" + currentStep().activityId(attempt + 1);
    }

    Phase phase() {
        return phase;
    }

    Step currentStep() {
        return pipeline.steps().get(Math.min(step, pipeline.steps().size() - 1));
    }

    int attempt() {
        return attempt;
    }

    /** The current step's input; once {@link Phase#DONE}, the last step's result. */
    String stepInput() {
        return stepInput;
    }

    String runningActivityId() {
        return runningActivityId;
    }

    String timerId() {
        return timerId;
    }

    String lastReason() {
        return lastReason;
    }

    String lastDetails() {
        return lastDetails;
    }

    boolean cancelRequested() {
        return cancelRequested;
    }

    boolean activityCancelRequested() {
        return activityCancelRequested;
    }
}
