package dev.swfrelay.core.pipeline;

/**
 * Where one step of a pipeline's execution stands, replayed from its history: its attempt,
 * whether that attempt runs, waits for its back-off timer, failed, or the step is done.
 */
final class StepProgress {

    enum Phase {
        /** The next attempt ({@code attempt + 1}) is to be scheduled once the step's dependencies are done. */
        PENDING,
        RUNNING,
        /** Waiting for the back-off timer before the next attempt. */
        BACKING_OFF,
        /** The current attempt failed, timed out, was canceled or could not be scheduled; another may follow. */
        ATTEMPT_FAILED,
        /** The last attempt the retry policy allows failed. */
        FAILED,
        DONE
    }

    private final Step step;
    private Phase phase = Phase.PENDING;
    private int attempt;
    private String runningActivityId;
    private String timerId;
    private String result;
    private String lastReason;
    private String lastDetails;
    private boolean cancelRequested;

    StepProgress(Step step) {
        this.step = step;
    }

    void scheduled(int scheduledAttempt, String activityId) {
        attempt = scheduledAttempt;
        runningActivityId = activityId;
        cancelRequested = false;
        phase = Phase.RUNNING;
    }

    void completed(String stepResult) {
        runningActivityId = null;
        result = stepResult;
        phase = Phase.DONE;
    }

    void attemptFailed(int failedAttempt, String reason, String details) {
        attempt = failedAttempt;
        runningActivityId = null;
        lastReason = reason;
        lastDetails = details;
        phase = step.retryPolicy().allowsAttemptAfter(attempt) ? Phase.ATTEMPT_FAILED : Phase.FAILED;
    }

    void cancelRequested(String activityId) {
        cancelRequested |= isRunning(activityId);
    }

    void timerStarted(String startedTimerId) {
        if (phase == Phase.ATTEMPT_FAILED && startedTimerId.equals(backOffTimerId())) {
            phase = Phase.BACKING_OFF;
            timerId = startedTimerId;
        }
    }

    void timerFailed(String failedTimerId) {
        if (phase == Phase.ATTEMPT_FAILED && failedTimerId.equals(backOffTimerId())) {
            phase = Phase.PENDING;
        }
    }

    /** The back-off timer fired or was canceled. */
    void timerEnded(String endedTimerId) {
        if (phase == Phase.BACKING_OFF && endedTimerId.equals(timerId)) {
            phase = Phase.PENDING;
            timerId = null;
        }
    }

    boolean isRunning(String activityId) {
        return phase == Phase.RUNNING && activityId.equals(runningActivityId);
    }

    /** The timer that delays the attempt after the current one. */
    String backOffTimerId() {
        return "retry-" + step.activityId(attempt + 1);
    }

    Step step() {
        return step;
    }

    Phase phase() {
        return phase;
    }

    int attempt() {
        return attempt;
    }

    String runningActivityId() {
        return runningActivityId;
    }

    String timerId() {
        return timerId;
    }

    String result() {
        return result;
    }

    String lastReason() {
        return lastReason;
    }

    String lastDetails() {
        return lastDetails;
    }

    boolean activityCancelRequested() {
        return cancelRequested;
    }
}
