package dev.swfrelay.emulator.engine.decision;

import dev.swfrelay.emulator.engine.activity.ActivityDecisions;
import dev.swfrelay.emulator.engine.child.ChildDecisions;
import dev.swfrelay.emulator.engine.run.CloseDecisions;
import dev.swfrelay.emulator.engine.decision.state.DecisionSlot;
import dev.swfrelay.emulator.engine.shared.EngineParts;
import dev.swfrelay.emulator.engine.run.state.Execution;
import dev.swfrelay.emulator.engine.external.ExternalDecisions;
import dev.swfrelay.emulator.engine.lambda.LambdaTasks;
import dev.swfrelay.emulator.engine.shared.TaskToken;
import dev.swfrelay.emulator.engine.shared.TaskTokens;
import dev.swfrelay.emulator.engine.timer.TimerDecisions;
import dev.swfrelay.emulator.engine.task.Priorities;
import dev.swfrelay.core.api.RespondDecisionTaskCompletedRequest;
import dev.swfrelay.core.model.decision.CancelTimer;
import dev.swfrelay.core.model.decision.CancelWorkflowExecution;
import dev.swfrelay.core.model.decision.CompleteWorkflowExecution;
import dev.swfrelay.core.model.decision.ContinueAsNewWorkflowExecution;
import dev.swfrelay.core.model.decision.Decision;
import dev.swfrelay.core.model.decision.FailWorkflowExecution;
import dev.swfrelay.core.model.decision.RecordMarker;
import dev.swfrelay.core.model.decision.RequestCancelActivityTask;
import dev.swfrelay.core.model.decision.RequestCancelExternalWorkflowExecution;
import dev.swfrelay.core.model.decision.ScheduleActivityTask;
import dev.swfrelay.core.model.decision.ScheduleLambdaFunction;
import dev.swfrelay.core.model.decision.SignalExternalWorkflowExecution;
import dev.swfrelay.core.model.decision.StartChildWorkflowExecution;
import dev.swfrelay.core.model.decision.StartTimer;
import dev.swfrelay.core.model.event.DecisionTaskCompleted;
import dev.swfrelay.core.model.event.MarkerRecorded;
import dev.swfrelay.core.model.Faults;
import java.util.List;

/**
 * RespondDecisionTaskCompleted: checks the token and the list (a close decision must come
 * last), records DecisionTaskCompleted, applies each decision in order (or its rate's failed
 * event, {@link DecisionRates}), then closes the
 * decision task (scheduling the next one if events arrived meanwhile).
 */
public final class DecisionResponder {

    private final EngineParts parts;
    private final ActivityDecisions activities;
    private final TimerDecisions timers;
    private final CloseDecisions closes;
    private final ExternalDecisions externals;
    private final ChildDecisions children;
    private final LambdaTasks lambdas;
    private final DecisionRates rates;

    public DecisionResponder(EngineParts parts, ActivityDecisions activities, TimerDecisions timers, CloseDecisions closes,
                      ExternalDecisions externals, ChildDecisions children, LambdaTasks lambdas) {
        this.parts = parts;
        this.activities = activities;
        this.timers = timers;
        this.closes = closes;
        this.externals = externals;
        this.children = children;
        this.lambdas = lambdas;
        this.rates = new DecisionRates(parts);
    }

    void respond(RespondDecisionTaskCompletedRequest r) {
        List<Decision> decisions = r.decisions() == null ? List.of() : r.decisions();
        checkList(decisions);
        TaskTokens.Claim claim = parts.tokens.claim(r.taskToken(), TaskToken.Kind.DECISION);
        Execution e = claim.run();
        parts.locked(e, () -> {
            claim.checkDecision();
            DecisionSlot slot = e.decision();
            long completed = e.append(parts.clock.now(), new DecisionTaskCompleted(r.executionContext(),
                    slot.scheduledEventId(), slot.startedEventId(), r.taskList(), r.taskListScheduleToStartTimeout()));
            try {
                for (Decision decision : decisions) {
                    if (!e.isOpen()) {
                        break;
                    }
                    apply(e, decision, completed);
                }
            } finally {
                e.decisionsApplied();
            }
        });
    }

    private void checkList(List<Decision> decisions) {
        if (decisions.size() > parts.settings.limits().maxDecisionsPerCompletion()) {
            throw Faults.invalid("(" + decisions.size() + " decisions)", "decisions",
                    Faults.lengthAtMost(parts.settings.limits().maxDecisionsPerCompletion()));
        }
        for (Decision decision : decisions) {
            Priorities.parse(priority(decision));
        }
        for (int i = 0; i < decisions.size() - 1; i++) {
            if (CloseDecisions.closes(decisions.get(i))) {
                throw Faults.closeNotLast().withDetail("decision " + (i + 1) + " of " + decisions.size() + " is "
                        + decisions.get(i).getClass().getSimpleName());
            }
        }
    }

    private static String priority(Decision d) {
        if (d instanceof ScheduleActivityTask s) {
            return s.taskPriority();
        }
        if (d instanceof StartChildWorkflowExecution c) {
            return c.taskPriority();
        }
        return d instanceof ContinueAsNewWorkflowExecution c ? c.taskPriority() : null;
    }

    private void apply(Execution e, Decision d, long completed) {
        if (!rates.admit(e, d, completed)) {
            return;
        }
        if (d instanceof ScheduleActivityTask s) {
            activities.schedule(e, s, completed);
        } else if (d instanceof RequestCancelActivityTask c) {
            activities.requestCancel(e, c, completed);
        } else if (d instanceof StartTimer t) {
            timers.start(e, t, completed);
        } else if (d instanceof CancelTimer t) {
            timers.cancel(e, t, completed);
        } else if (d instanceof RecordMarker m) {
            e.append(parts.clock.now(), new MarkerRecorded(completed, m.details(), m.markerName()));
        } else if (d instanceof CompleteWorkflowExecution c) {
            closes.complete(e, c, completed);
        } else if (d instanceof FailWorkflowExecution f) {
            closes.fail(e, f, completed);
        } else if (d instanceof CancelWorkflowExecution c) {
            closes.cancel(e, c, completed);
        } else if (d instanceof ContinueAsNewWorkflowExecution c) {
            closes.continueAsNew(e, c, completed);
        } else if (d instanceof SignalExternalWorkflowExecution s) {
            externals.signal(e, s, completed);
        } else if (d instanceof RequestCancelExternalWorkflowExecution c) {
            externals.requestCancel(e, c, completed);
        } else if (d instanceof StartChildWorkflowExecution c) {
            children.start(e, c, completed);
        } else if (d instanceof ScheduleLambdaFunction l) {
            lambdas.schedule(e, l, completed);
        } else {
            throw Faults.unsupportedDecision().withDetail(String.valueOf(d));
        }
    }
}
