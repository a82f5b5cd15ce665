package dev.swfrelay.emulator.engine.execution;

import dev.swfrelay.emulator.engine.run.Execution;
import dev.swfrelay.core.model.RequestCancelExternalWorkflowExecutionFailedCause;
import dev.swfrelay.core.model.SignalExternalWorkflowExecutionFailedCause;
import dev.swfrelay.core.model.decision.RequestCancelExternalWorkflowExecution;
import dev.swfrelay.core.model.decision.SignalExternalWorkflowExecution;
import dev.swfrelay.core.model.decision.StartChildWorkflowExecution;
import dev.swfrelay.core.model.event.ExternalWorkflowExecutionCancelRequested;
import dev.swfrelay.core.model.event.ExternalWorkflowExecutionSignaled;
import dev.swfrelay.core.model.event.RequestCancelExternalWorkflowExecutionFailed;
import dev.swfrelay.core.model.event.RequestCancelExternalWorkflowExecutionInitiated;
import dev.swfrelay.core.model.event.SignalExternalWorkflowExecutionFailed;
import dev.swfrelay.core.model.event.SignalExternalWorkflowExecutionInitiated;
import dev.swfrelay.core.model.event.WorkflowExecutionSignaled;

/**
 * Decisions that reach other runs: signals, cancel requests and children (see
 * {@link ChildDecisions}), each recorded as initiated and answered later, once the source's
 * lock is released.
 */
final class ExternalDecisions {

    private final EngineParts parts;
    private final ExecutionCloser closer;
    private final ChildDecisions children;

    ExternalDecisions(EngineParts parts, ExecutionCloser closer, ChildDecisions children) {
        this.parts = parts;
        this.closer = closer;
        this.children = children;
    }

    void signal(Execution e, SignalExternalWorkflowExecution d, long completed) {
        long initiated = e.append(parts.clock.now(), new SignalExternalWorkflowExecutionInitiated(d.control(), completed, d.input(),
                d.runId(), d.signalName(), d.workflowId()));
        e.later(() -> {
            Execution target = find(e.domain(), d.workflowId(), d.runId());
            boolean delivered = target != null && parts.locked(target, () -> {
                if (!target.isOpen()) {
                    return false;
                }
                target.append(parts.clock.now(), new WorkflowExecutionSignaled(initiated, e.id(), d.input(), d.signalName()));
                return true;
            });
            parts.locked(e, () -> {
                if (!e.isOpen()) {
                    return;
                }
                if (delivered) {
                    e.append(parts.clock.now(), new ExternalWorkflowExecutionSignaled(initiated, target.id()));
                } else {
                    e.append(parts.clock.now(), new SignalExternalWorkflowExecutionFailed(
                            SignalExternalWorkflowExecutionFailedCause.UNKNOWN_EXTERNAL_WORKFLOW_EXECUTION, d.control(),
                            completed, initiated, d.runId(), d.workflowId()));
                }
            });
        });
    }

    void requestCancel(Execution e, RequestCancelExternalWorkflowExecution d, long completed) {
        long initiated = e.append(parts.clock.now(), new RequestCancelExternalWorkflowExecutionInitiated(d.control(), completed,
                d.runId(), d.workflowId()));
        e.later(() -> {
            Execution target = find(e.domain(), d.workflowId(), d.runId());
            boolean delivered = target != null && parts.locked(target, () -> {
                if (!target.isOpen()) {
                    return false;
                }
                closer.requestCancel(target, null, initiated, e.id());
                return true;
            });
            parts.locked(e, () -> {
                if (!e.isOpen()) {
                    return;
                }
                if (delivered) {
                    e.append(parts.clock.now(), new ExternalWorkflowExecutionCancelRequested(initiated, target.id()));
                } else {
                    e.append(parts.clock.now(), new RequestCancelExternalWorkflowExecutionFailed(
                            RequestCancelExternalWorkflowExecutionFailedCause.UNKNOWN_EXTERNAL_WORKFLOW_EXECUTION,
                            d.control(), completed, initiated, d.runId(), d.workflowId()));
                }
            });
        });
    }

    void startChild(Execution e, StartChildWorkflowExecution d, long completed) {
        children.start(e, d, completed);
    }

    private Execution find(String domain, String workflowId, String runId) {
        try {
            return parts.store.target(domain, workflowId, runId, parts.clock.now());
        } catch (RuntimeException unknown) {
            return null;
        }
    }
}
