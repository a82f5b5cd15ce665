package dev.swfrelay.simulation;

import dev.swfrelay.core.model.EventType;
import dev.swfrelay.core.model.HistoryEvent;
import dev.swfrelay.core.model.event.ActivityTaskScheduled;
import dev.swfrelay.core.model.event.CancelTimerFailed;
import dev.swfrelay.core.model.event.CancelWorkflowExecutionFailed;
import dev.swfrelay.core.model.event.CompleteWorkflowExecutionFailed;
import dev.swfrelay.core.model.event.ContinueAsNewWorkflowExecutionFailed;
import dev.swfrelay.core.model.event.FailWorkflowExecutionFailed;
import dev.swfrelay.core.model.event.RequestCancelActivityTaskFailed;
import dev.swfrelay.core.model.event.ScheduleActivityTaskFailed;
import dev.swfrelay.core.model.event.StartTimerFailed;
import dev.swfrelay.core.model.event.TimerStarted;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;

/**
 * The invariants every simulation checks, by name: {@code closes-in-time}, {@code no-decider-bug-failures},
 * {@code replays} (and {@code side-effect-once}, checked by the harness, which sees the effects).
 */
final class BuiltInInvariants {

    static final String CLOSES_IN_TIME = "closes-in-time";
    static final String NO_DECIDER_BUG = "no-decider-bug-failures";
    static final String REPLAYS = "replays";
    static final String SIDE_EFFECT_ONCE = "side-effect-once";
    static final String DECIDER_ANSWERS = "decider-answers";
    static final String STALE_ANSWER_REFUSED = "stale-answer-refused";
    /** More close decisions refused as UNHANDLED_DECISION than this in one run is a loop. */
    private static final int UNHANDLED_LOOP = 3;

    private BuiltInInvariants() {
    }

    static List<InvariantFailure> check(RunHistory run, ReplayCheck replay, boolean requireCompletion) {
        List<InvariantFailure> failures = new ArrayList<>();
        closesInTime(run, requireCompletion).ifPresent(m -> failures.add(new InvariantFailure(CLOSES_IN_TIME, run.workflowId(), m)));
        deciderBug(run).ifPresent(m -> failures.add(new InvariantFailure(NO_DECIDER_BUG, run.workflowId(), m)));
        replay.check(run).ifPresent(m -> failures.add(new InvariantFailure(REPLAYS, run.workflowId(), m)));
        return failures;
    }

    private static Optional<String> closesInTime(RunHistory run, boolean requireCompletion) {
        Optional<EventType> closed = run.closedAs();
        if (closed.isEmpty()) {
            return Optional.of("still open when the simulation stopped");
        }
        if (closed.get() == EventType.WorkflowExecutionTimedOut) {
            return Optional.of("timed out at its start-to-close timeout: the run hung (last event before: "
                    + lastBeforeClose(run) + ")");
        }
        if (requireCompletion && closed.get() != EventType.WorkflowExecutionCompleted) {
            return Optional.of("closed as " + closed.get() + ", not completed");
        }
        return Optional.empty();
    }

    private static String lastBeforeClose(RunHistory run) {
        List<HistoryEvent> events = run.events();
        for (int i = events.size() - 2; i >= 0; i--) {
            EventType type = events.get(i).eventType();
            if (!type.name().startsWith("DecisionTask")) {
                return events.get(i).eventId() + " " + type;
            }
        }
        return "none";
    }

    private static Optional<String> deciderBug(RunHistory run) {
        int unhandled = 0;
        Set<String> activityIds = new HashSet<>();
        Set<String> timerIds = new HashSet<>();
        for (HistoryEvent event : run.events()) {
            Object attributes = event.attributes();
            String bug = null;
            if (attributes instanceof ActivityTaskScheduled s) {
                activityIds.add(s.activityId());
            } else if (attributes instanceof TimerStarted t) {
                timerIds.add(t.timerId());
            } else if (attributes instanceof ScheduleActivityTaskFailed f && f.cause().name().equals("ACTIVITY_ID_ALREADY_IN_USE")) {
                bug = f.cause().name() + " (activity id " + f.activityId() + ")";
            } else if (attributes instanceof StartTimerFailed f && f.cause().name().equals("TIMER_ID_ALREADY_IN_USE")) {
                bug = f.cause().name() + " (timer id " + f.timerId() + ")";
            } else if (attributes instanceof RequestCancelActivityTaskFailed f && !activityIds.contains(f.activityId())) {
                bug = f.cause().name() + " (activity id " + f.activityId() + " was never scheduled)";
            } else if (attributes instanceof CancelTimerFailed f && !timerIds.contains(f.timerId())) {
                bug = f.cause().name() + " (timer id " + f.timerId() + " was never started)";
            } else if (isUnhandledClose(attributes)) {
                unhandled++;
            }
            if (bug != null) {
                return Optional.of("event " + event.eventId() + " " + event.eventType() + " with cause " + bug);
            }
        }
        if (unhandled > UNHANDLED_LOOP) {
            return Optional.of(unhandled + " close decisions refused as UNHANDLED_DECISION: the decider loops");
        }
        return Optional.empty();
    }

    private static boolean isUnhandledClose(Object attributes) {
        String cause = null;
        if (attributes instanceof CompleteWorkflowExecutionFailed f) {
            cause = f.cause().name();
        } else if (attributes instanceof FailWorkflowExecutionFailed f) {
            cause = f.cause().name();
        } else if (attributes instanceof CancelWorkflowExecutionFailed f) {
            cause = f.cause().name();
        } else if (attributes instanceof ContinueAsNewWorkflowExecutionFailed f) {
            cause = f.cause().name();
        }
        return "UNHANDLED_DECISION".equals(cause);
    }
}
