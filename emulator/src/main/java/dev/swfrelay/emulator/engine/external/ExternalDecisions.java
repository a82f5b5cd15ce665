package dev.swfrelay.emulator.engine.external;

import dev.swfrelay.emulator.engine.shared.EngineParts;
import dev.swfrelay.emulator.engine.run.state.Execution;
import dev.swfrelay.emulator.engine.run.ExecutionCloser;
import dev.swfrelay.core.model.RequestCancelExternalWorkflowExecutionFailedCause;
import dev.swfrelay.core.model.SignalExternalWorkflowExecutionFailedCause;
import dev.swfrelay.core.model.decision.RequestCancelExternalWorkflowExecution;
import dev.swfrelay.core.model.decision.SignalExternalWorkflowExecution;
import dev.swfrelay.core.model.event.ExternalWorkflowExecutionCancelRequested;
import dev.swfrelay.core.model.event.ExternalWorkflowExecutionSignaled;
import dev.swfrelay.core.model.event.RequestCancelExternalWorkflowExecutionFailed;
import dev.swfrelay.core.model.event.RequestCancelExternalWorkflowExecutionInitiated;
import dev.swfrelay.core.model.event.SignalExternalWorkflowExecutionFailed;
import dev.swfrelay.core.model.event.SignalExternalWorkflowExecutionInitiated;
import dev.swfrelay.core.model.event.WorkflowExecutionSignaled;

/**
 * The SignalExternalWorkflowExecution and RequestCancelExternalWorkflowExecution decisions: each
 * recorded as initiated in the source run, delivered to the target run once the source's lock is
 * released, then answered in the source (signaled / cancel requested, or failed when no open run
 * has that id). A child run is started by {@code child.ChildDecisions}.
 */
public final class ExternalDecisions {

    private final EngineParts parts;
    private final ExecutionCloser closer;

    public ExternalDecisions(EngineParts parts, ExecutionCloser closer) {
        this.parts = parts;
        this.closer = closer;
    }

    public void signal(Execution e, SignalExternalWorkflowExecution d, long completed) {
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

    public void requestCancel(Execution e, RequestCancelExternalWorkflowExecution d, long completed) {
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

    private Execution find(String domain, String workflowId, String runId) {
        try {
            return parts.store.target(domain, workflowId, runId, parts.clock.now());
        } catch (RuntimeException unknown) {
            return null;
        }
    }
}
