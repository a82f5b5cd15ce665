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
 * Where a pipeline's execution stands, replayed from its history: one {@link StepProgress}
 * per step, the execution's input, whether cancellation was requested, and the first step
 * that failed past its retries. Events of activities and timers the pipeline did not
 * schedule are ignored, as are signals, markers and decision-task bookkeeping.
 */
final class PipelineProgress {

    private static final String RETRY_TIMER_PREFIX = "retry-";

    private final Pipeline pipeline;
    private final List<StepProgress> steps;
    private final Map<Long, String> scheduledActivities = new HashMap<>();
    private String workflowInput;
    private boolean cancelRequested;
    private StepProgress failed;

    private PipelineProgress(Pipeline pipeline) {
        this.pipeline = pipeline;
        this.steps = pipeline.steps().stream().map(StepProgress::new).toList();
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
            workflowInput = started.input();
        } else if (event instanceof WorkflowExecutionCancelRequested) {
            cancelRequested = true;
        } else if (event instanceof ActivityTaskScheduled scheduled) {
            onScheduled(eventId, scheduled.activityId());
        } else if (event instanceof ScheduleActivityTaskFailed failure) {
            onAttemptFailed(failure.activityId(), "could not be scheduled (" + failure.cause() + ")", null);
        } else if (event instanceof ActivityTaskCompleted completed) {
            String activityId = runningActivity(completed.scheduledEventId());
            if (activityId != null) {
                stepOf(activityId).completed(completed.result());
            }
        } else if (event instanceof ActivityTaskFailed failure) {
            onClosed(failure.scheduledEventId(), failure.reason() == null ? "failed" : failure.reason(), failure.details());
        } else if (event instanceof ActivityTaskTimedOut timedOut) {
            onClosed(timedOut.scheduledEventId(), "timed out (" + timedOut.timeoutType() + ")", timedOut.details());
        } else if (event instanceof ActivityTaskCanceled canceled) {
            onClosed(canceled.scheduledEventId(), "canceled", canceled.details());
        } else if (event instanceof ActivityTaskCancelRequested requested) {
            StepProgress step = stepOf(requested.activityId());
            if (step != null) {
                step.cancelRequested(requested.activityId());
            }
        } else {
            applyTimerEvent(event);
        }
    }

    private void applyTimerEvent(EventAttributes event) {
        String timerId = timerIdOf(event);
        StepProgress step = timerId == null ? null : forTimer(timerId);
        if (step == null) {
            return;
        }
        if (event instanceof TimerStarted) {
            step.timerStarted(timerId);
        } else if (event instanceof StartTimerFailed) {
            step.timerFailed(timerId);
        } else {
            step.timerEnded(timerId);
        }
    }

    private static String timerIdOf(EventAttributes event) {
        if (event instanceof TimerStarted started) {
            return started.timerId();
        } else if (event instanceof TimerFired fired) {
            return fired.timerId();
        } else if (event instanceof TimerCanceled canceled) {
            return canceled.timerId();
        } else if (event instanceof StartTimerFailed failure) {
            return failure.timerId();
        }
        return null;
    }

    private void onScheduled(long eventId, String activityId) {
        int[] stepAndAttempt = pipeline.parseActivityId(activityId);
        if (stepAndAttempt != null) {
            scheduledActivities.put(eventId, activityId);
            steps.get(stepAndAttempt[0]).scheduled(stepAndAttempt[1], activityId);
        }
    }

    private void onClosed(long scheduledEventId, String reason, String details) {
        String activityId = runningActivity(scheduledEventId);
        if (activityId != null) {
            onAttemptFailed(activityId, reason, details);
        }
    }

    private void onAttemptFailed(String activityId, String reason, String details) {
        int[] stepAndAttempt = pipeline.parseActivityId(activityId);
        if (stepAndAttempt == null) {
            return;
        }
        StepProgress step = steps.get(stepAndAttempt[0]);
        step.attemptFailed(stepAndAttempt[1], reason, details);
        if (failed == null && step.phase() == StepProgress.Phase.FAILED) {
            failed = step;
        }
    }

    /** The activity id of a scheduled event whose attempt still runs, else {@code null}. */
    private String runningActivity(long scheduledEventId) {
        String activityId = scheduledActivities.get(scheduledEventId);
        return activityId != null && stepOf(activityId).isRunning(activityId) ? activityId : null;
    }

    private StepProgress stepOf(String activityId) {
        int[] stepAndAttempt = pipeline.parseActivityId(activityId);
        return stepAndAttempt == null ? null : steps.get(stepAndAttempt[0]);
    }

    /** The step a back-off timer id ({@code retry-<activity id>}) belongs to, or {@code null}. */
    private StepProgress forTimer(String timerId) {
        return timerId.startsWith(RETRY_TIMER_PREFIX) ? stepOf(timerId.substring(RETRY_TIMER_PREFIX.length())) : null;
    }

    List<StepProgress> steps() {
        return steps;
    }

    StepProgress step(int index) {
        return steps.get(index);
    }

    String workflowInput() {
        return workflowInput;
    }

    boolean cancelRequested() {
        return cancelRequested;
    }

    /** The first step that failed past its retries, or {@code null}. */
    StepProgress failed() {
        return failed;
    }
}
