package dev.swfrelay.core.replay;

import dev.swfrelay.core.decider.Decider;
import dev.swfrelay.core.model.DecisionTask;
import dev.swfrelay.core.model.EventType;
import dev.swfrelay.core.model.HistoryEvent;
import dev.swfrelay.core.model.WorkflowExecution;
import dev.swfrelay.core.model.decision.Decision;
import dev.swfrelay.core.model.event.DecisionTaskCompleted;
import dev.swfrelay.core.model.event.WorkflowExecutionStarted;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Replays one execution's recorded history against a decider. At each decision task the
 * history shows completed, the decider gets the history as it saw it then (events up to that
 * task's {@code DecisionTaskStarted}, with {@code previousStartedEventId}); its decisions are
 * compared with those the history recorded, read back from the events they produced. The
 * first difference stops the replay and is reported as a {@link Divergence}.
 *
 * <pre>{@code
 * DeciderReplayer.of(pipeline).assertReplays(events);          // DEFAULT mode
 * DeciderReplayer.of(pipeline).mode(ReplayMode.STRICT).replay(events).matches();
 * }</pre>
 */
public final class DeciderReplayer {

    private static final String TOKEN = "replay";
    private static final WorkflowExecution REPLAYED = WorkflowExecution.builder()
            .workflowId("replayed-workflow").runId("replayed-run").build();

    private final Decider decider;
    private final ReplayMode mode;
    private final WorkflowExecution execution;

    private DeciderReplayer(Decider decider, ReplayMode mode, WorkflowExecution execution) {
        this.decider = Objects.requireNonNull(decider, "decider");
        this.mode = Objects.requireNonNull(mode, "mode");
        this.execution = Objects.requireNonNull(execution, "execution");
    }

    public static DeciderReplayer of(Decider decider) {
        return new DeciderReplayer(decider, ReplayMode.DEFAULT, REPLAYED);
    }

    public DeciderReplayer mode(ReplayMode replayMode) {
        return new DeciderReplayer(decider, replayMode, execution);
    }

    /** The execution the decision tasks name (a history does not record its own ids). */
    public DeciderReplayer execution(WorkflowExecution replayedExecution) {
        return new DeciderReplayer(decider, mode, replayedExecution);
    }

    /** Throws {@link ReplayDivergenceError}, naming {@code source}, at the first divergence. */
    public ReplayResult assertReplays(String source, List<HistoryEvent> events) {
        ReplayResult result = replay(events);
        result.divergence().ifPresent(d -> {
            throw new ReplayDivergenceError(source, d);
        });
        return result;
    }

    public ReplayResult replay(List<HistoryEvent> recorded) {
        List<HistoryEvent> events = new ArrayList<>(recorded);
        events.sort(Comparator.comparingLong(HistoryEvent::eventId));
        WorkflowExecutionStarted started = startOf(events);
        RecordedDecisions decisions = new RecordedDecisions(events);
        List<DecisionPoint> replayed = new ArrayList<>();
        long previousStarted = 0;
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).eventType() != EventType.DecisionTaskCompleted) {
                continue;
            }
            DecisionTaskCompleted completed = events.get(i).attributes(DecisionTaskCompleted.class);
            DecisionPoint point = new DecisionPoint(replayed.size() + 1, completed.scheduledEventId(),
                    completed.startedEventId(), events.get(i).eventId(), previousStarted);
            replayed.add(point);
            Divergence divergence = compare(point, decisions.of(point.completedEventId()),
                    decide(point, started, events.subList(0, i)));
            if (divergence != null) {
                return new ReplayResult(replayed, divergence);
            }
            previousStarted = point.startedEventId();
        }
        return new ReplayResult(replayed, null);
    }

    private List<Decision> decide(DecisionPoint point, WorkflowExecutionStarted started, List<HistoryEvent> before) {
        List<HistoryEvent> seen = before.stream().filter(e -> e.eventId() <= point.startedEventId()).toList();
        DecisionTask task = DecisionTask.builder().events(seen).startedEventId(point.startedEventId())
                .previousStartedEventId(point.previousStartedEventId()).taskToken(TOKEN)
                .workflowExecution(execution).workflowType(started.workflowType()).build();
        try {
            return List.copyOf(decider.decide(task));
        } catch (RuntimeException e) {
            throw new IllegalStateException("the decider threw at " + point + ": " + e, e);
        }
    }

    private Divergence compare(DecisionPoint point, List<RecordedDecision> expected, List<Decision> actual) {
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            RecordedDecision recorded = i < expected.size() ? expected.get(i) : null;
            Decision returned = i < actual.size() ? actual.get(i) : null;
            List<AttributeDifference> differences = DecisionComparison.differences(recorded, returned, mode);
            if (!differences.isEmpty()) {
                return new Divergence(point, i, recorded, returned, differences, expected, actual);
            }
        }
        return null;
    }

    private static WorkflowExecutionStarted startOf(List<HistoryEvent> events) {
        if (events.isEmpty() || events.get(0).eventType() != EventType.WorkflowExecutionStarted) {
            throw new IllegalArgumentException("a history to replay starts with a WorkflowExecutionStarted event; "
                    + (events.isEmpty() ? "this one has no events" : "this one starts with event "
                    + events.get(0).eventId() + ", " + events.get(0).eventType()));
        }
        return events.get(0).attributes(WorkflowExecutionStarted.class);
    }
}
