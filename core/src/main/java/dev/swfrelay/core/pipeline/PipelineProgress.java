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
import java.util.ArrayList;
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
    /** Scheduled event id to the step it scheduled and its activity id. */
    private final Map<Long, Scheduled> scheduledActivities = new HashMap<>();
    private String workflowInput;
    private boolean cancelRequested;
    private StepProgress failed;

    private PipelineProgress(Pipeline pipeline) {
        this.pipeline = pipeline;
        List<StepProgress> progress = new ArrayList<>(pipeline.steps().size());
        pipeline.steps().forEach(step -> progress.add(new StepProgress(step)));
        this.steps = progress;
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
            Scheduled attempt = runningAttempt(completed.scheduledEventId());
            if (attempt != null) {
                attempt.step().completed(completed.result());
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
            StepProgress step = steps.get(stepAndAttempt[0]);
            scheduledActivities.put(eventId, new Scheduled(step, stepAndAttempt[1], activityId));
            step.scheduled(stepAndAttempt[1], activityId);
        }
    }

    private void onClosed(long scheduledEventId, String reason, String details) {
        Scheduled attempt = runningAttempt(scheduledEventId);
        if (attempt != null) {
            onAttemptFailed(attempt.step(), attempt.attempt(), reason, details);
        }
    }

    private void onAttemptFailed(String activityId, String reason, String details) {
        int[] stepAndAttempt = pipeline.parseActivityId(activityId);
        if (stepAndAttempt != null) {
            onAttemptFailed(steps.get(stepAndAttempt[0]), stepAndAttempt[1], reason, details);
        }
    }

    private void onAttemptFailed(StepProgress step, int attempt, String reason, String details) {
        step.attemptFailed(attempt, reason, details);
        if (failed == null && step.phase() == StepProgress.Phase.FAILED) {
            failed = step;
        }
    }

    /** The attempt a scheduled event started, if it still runs, else {@code null}. */
    private Scheduled runningAttempt(long scheduledEventId) {
        Scheduled attempt = scheduledActivities.get(scheduledEventId);
        return attempt != null && attempt.step().isRunning(attempt.activityId()) ? attempt : null;
    }

    private StepProgress stepOf(String activityId) {
        int[] stepAndAttempt = pipeline.parseActivityId(activityId);
        return stepAndAttempt == null ? null : steps.get(stepAndAttempt[0]);
    }

    /** The step a back-off timer id ({@code retry-<activity id>}) belongs to, or {@code null}. */
    private StepProgress forTimer(String timerId) {
        return timerId.startsWith(RETRY_TIMER_PREFIX) ? stepOf(timerId.substring(RETRY_TIMER_PREFIX.length())) : null;
    }

    /** What an {@code ActivityTaskScheduled} event of the pipeline started. */
    private record Scheduled(StepProgress step, int attempt, String activityId) {
    }

    List<StepProgress> steps() {
        return steps;
    }

    boolean allDone() {
        for (StepProgress step : steps) {
            if (step.phase() != StepProgress.Phase.DONE) {
                return false;
            }
        }
        return true;
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
