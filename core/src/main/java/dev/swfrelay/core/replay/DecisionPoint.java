package dev.swfrelay.core.replay;

/**
 * One decision task the history shows completed: its place among the execution's completed
 * decision tasks (1 for the first) and the ids of its scheduled, started and completed events.
 */
public record DecisionPoint(int ordinal, long scheduledEventId, long startedEventId, long completedEventId,
                            long previousStartedEventId) {

    public DecisionPoint {
        if (ordinal < 1 || startedEventId <= scheduledEventId || completedEventId <= startedEventId) {
            throw new IllegalArgumentException("DecisionPoint: decision task " + ordinal + " has events scheduled "
                    + scheduledEventId + ", started " + startedEventId + ", completed " + completedEventId
                    + "; they must rise");
        }
    }

    @Override
    public String toString() {
        return "decision task " + ordinal + " (scheduled at event " + scheduledEventId + ", started at "
                + startedEventId + ", completed at " + completedEventId + ")";
    }
}
