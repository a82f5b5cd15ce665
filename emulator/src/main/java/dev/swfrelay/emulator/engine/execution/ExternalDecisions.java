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

    private final EngineContext context;
    private final ChildDecisions children;

    ExternalDecisions(EngineContext context) {
        this.context = context;
        this.children = new ChildDecisions(context);
    }

    void signal(Execution e, SignalExternalWorkflowExecution d, long completed) {
        long initiated = e.append(context.clock.now(), new SignalExternalWorkflowExecutionInitiated(d.control(), completed, d.input(),
                d.runId(), d.signalName(), d.workflowId()));
        e.later(() -> {
            Execution target = find(e.domain(), d.workflowId(), d.runId());
            boolean delivered = target != null && context.locked(target, () -> {
                if (!target.isOpen()) {
                    return false;
                }
                target.append(context.clock.now(), new WorkflowExecutionSignaled(initiated, e.id(), d.input(), d.signalName()));
                return true;
            });
            context.locked(e, () -> {
                if (!e.isOpen()) {
                    return;
                }
                if (delivered) {
                    e.append(context.clock.now(), new ExternalWorkflowExecutionSignaled(initiated, target.id()));
                } else {
                    e.append(context.clock.now(), new SignalExternalWorkflowExecutionFailed(
                            SignalExternalWorkflowExecutionFailedCause.UNKNOWN_EXTERNAL_WORKFLOW_EXECUTION, d.control(),
                            completed, initiated, d.runId(), d.workflowId()));
                }
            });
        });
    }

    void requestCancel(Execution e, RequestCancelExternalWorkflowExecution d, long completed) {
        long initiated = e.append(context.clock.now(), new RequestCancelExternalWorkflowExecutionInitiated(d.control(), completed,
                d.runId(), d.workflowId()));
        e.later(() -> {
            Execution target = find(e.domain(), d.workflowId(), d.runId());
            boolean delivered = target != null && context.locked(target, () -> {
                if (!target.isOpen()) {
                    return false;
                }
                context.closer.requestCancel(target, null, initiated, e.id());
                return true;
            });
            context.locked(e, () -> {
                if (!e.isOpen()) {
                    return;
                }
                if (delivered) {
                    e.append(context.clock.now(), new ExternalWorkflowExecutionCancelRequested(initiated, target.id()));
                } else {
                    e.append(context.clock.now(), new RequestCancelExternalWorkflowExecutionFailed(
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
            return context.store.target(domain, workflowId, runId, context.clock.now());
        } catch (RuntimeException unknown) {
            return null;
        }
    }
}
