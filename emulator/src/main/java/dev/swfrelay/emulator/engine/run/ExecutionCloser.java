package dev.swfrelay.emulator.engine.run;

import dev.swfrelay.emulator.engine.child.state.ChildState;
import dev.swfrelay.emulator.engine.shared.EngineParts;
import dev.swfrelay.emulator.engine.run.state.Execution;
import dev.swfrelay.emulator.engine.lambda.LambdaTasks;
import dev.swfrelay.core.model.ChildPolicy;
import dev.swfrelay.core.model.CloseStatus;
import dev.swfrelay.core.model.WorkflowExecution;
import dev.swfrelay.core.model.WorkflowExecutionCancelRequestedCause;
import dev.swfrelay.core.model.WorkflowExecutionTerminatedCause;
import dev.swfrelay.core.model.WorkflowExecutionTimeoutType;
import dev.swfrelay.core.model.event.EventAttributes;
import dev.swfrelay.core.model.event.WorkflowExecutionCancelRequested;
import dev.swfrelay.core.model.event.WorkflowExecutionTerminated;
import dev.swfrelay.core.model.event.WorkflowExecutionTimedOut;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Closing a run: its close event, then everything open withdrawn (tasks, timers, tokens,
 * deadlines), the child policy applied to open children (only when the run is terminated or
 * times out, as SWF documents; a run its decider closes leaves its children running), the
 * parent told, and the run forgotten once its domain's retention period has passed.
 */
public final class ExecutionCloser {

    private final EngineParts parts;
    private final LambdaTasks lambdaTasks;

    public ExecutionCloser(EngineParts parts, LambdaTasks lambdaTasks) {
        this.parts = parts;
        this.lambdaTasks = lambdaTasks;
    }

    /** Records {@code closeEvent} at {@code at}, which closes the run with {@code status}. Under the run's lock. */
    public void close(Execution e, CloseStatus status, Instant at, EventAttributes closeEvent, ChildPolicy childPolicy) {
        List<ChildState> children = e.open().children();
        lambdaTasks.interruptAll(e);
        e.append(at, closeEvent);
        closed(e, status, at);
        boolean forced = status == CloseStatus.TERMINATED || status == CloseStatus.TIMED_OUT;
        applyChildPolicy(e, children, forced ? childPolicy : ChildPolicy.ABANDON);
    }

    /** The run {@code e} closed at {@code at} (live, or read back on restore): out of the open runs, kept for its retention. */
    public void closed(Execution e, CloseStatus status, Instant at) {
        if (status != CloseStatus.CONTINUED_AS_NEW) {
            parts.store.closed(e);
        }
        scheduleForgetting(e, at);
    }

    public void terminate(Execution e, WorkflowExecutionTerminatedCause cause, ChildPolicy policy, String reason, String details) {
        ChildPolicy applied = policy != null ? policy : e.config().childPolicy();
        close(e, CloseStatus.TERMINATED, parts.clock.now(),
                new WorkflowExecutionTerminated(cause, applied, details, reason), applied);
    }

    public void terminateForEventLimit(Execution e) {
        terminate(e, WorkflowExecutionTerminatedCause.EVENT_LIMIT_EXCEEDED, null,
                "history reached the limit of " + parts.settings.limits().maxHistoryEvents() + " events", null);
    }

    /** Arms the run's START_TO_CLOSE timeout. */
    public void armTimeout(Execution e) {
        e.timeoutArmed(parts.after(e.startTimestamp(), e.config().executionStartToCloseTimeout(), e, at -> {
            if (e.isOpen()) {
                ChildPolicy policy = e.config().childPolicy();
                close(e, CloseStatus.TIMED_OUT, at,
                        new WorkflowExecutionTimedOut(policy, WorkflowExecutionTimeoutType.START_TO_CLOSE), policy);
            }
        }));
    }

    /** Records a cancel request on an open run, once. */
    public void requestCancel(Execution e, WorkflowExecutionCancelRequestedCause cause, Long initiatedEventId,
                       WorkflowExecution requester) {
        if (!e.isOpen() || e.cancelRequested()) {
            return;
        }
        e.append(parts.clock.now(), new WorkflowExecutionCancelRequested(cause, initiatedEventId, requester));
    }

    private void applyChildPolicy(Execution e, List<ChildState> children, ChildPolicy policy) {
        if (children.isEmpty() || policy == ChildPolicy.ABANDON || policy == null) {
            return;
        }
        for (ChildState child : children) {
            e.later(() -> {
                Execution run = parts.store.openRun(e.domain(), child.workflowId());
                if (run == null) {
                    return;
                }
                parts.locked(run, () -> {
                    if (policy == ChildPolicy.TERMINATE) {
                        if (run.isOpen()) {
                            terminate(run, WorkflowExecutionTerminatedCause.CHILD_POLICY_APPLIED, null, null, null);
                        }
                    } else {
                        requestCancel(run, WorkflowExecutionCancelRequestedCause.CHILD_POLICY_APPLIED, null, null);
                    }
                });
            });
        }
    }

    private void scheduleForgetting(Execution e, Instant closedAt) {
        long days;
        try {
            String retention = parts.domains.get(e.domain()).retentionDays();
            days = "NONE".equals(retention) ? 0 : Long.parseLong(retention);
        } catch (RuntimeException unknownAfterReset) {
            days = 0;
        }
        parts.store.retain(e, closedAt.plus(Duration.ofDays(days)));
    }
}
