package dev.swfrelay.emulator.engine.run;

import dev.swfrelay.emulator.engine.shared.EngineParts;
import dev.swfrelay.emulator.engine.run.state.Execution;
import dev.swfrelay.emulator.engine.throttle.SwfQuotas;
import dev.swfrelay.core.api.RequestCancelWorkflowExecutionRequest;
import dev.swfrelay.core.api.SignalWorkflowExecutionRequest;
import dev.swfrelay.core.api.StartWorkflowExecutionRequest;
import dev.swfrelay.core.api.TerminateWorkflowExecutionRequest;
import dev.swfrelay.core.model.Run;
import dev.swfrelay.core.model.WorkflowExecutionTerminatedCause;
import dev.swfrelay.core.model.event.WorkflowExecutionSignaled;
import dev.swfrelay.core.model.Faults;

/** Operations a client performs on runs: start, signal, request cancel, terminate. */
public final class ExecutionCommands {

    private final EngineParts parts;
    private final ExecutionStarter starter;
    private final ExecutionCloser closer;

    public ExecutionCommands(EngineParts parts, ExecutionStarter starter, ExecutionCloser closer) {
        this.parts = parts;
        this.starter = starter;
        this.closer = closer;
    }

    public Run start(StartWorkflowExecutionRequest r) {
        return new Run(starter.start(r).runId());
    }

    public void signal(SignalWorkflowExecutionRequest r) {
        Faults.required(r.signalName(), "signalName");
        Execution e = openTarget(r.domain(), r.workflowId(), r.runId());
        parts.admit(e, SwfQuotas.Run.SIGNAL_WORKFLOW_EXECUTION);
        parts.locked(e, () -> {
            requireOpen(e);
            e.append(parts.clock.now(), new WorkflowExecutionSignaled(null, null, r.input(), r.signalName()));
        });
    }

    public void requestCancel(RequestCancelWorkflowExecutionRequest r) {
        Execution e = openTarget(r.domain(), r.workflowId(), r.runId());
        parts.admit(e, SwfQuotas.Run.REQUEST_CANCEL_WORKFLOW_EXECUTION);
        parts.locked(e, () -> {
            requireOpen(e);
            closer.requestCancel(e, null, null, null);
        });
    }

    public void terminate(TerminateWorkflowExecutionRequest r) {
        Execution e = openTarget(r.domain(), r.workflowId(), r.runId());
        parts.locked(e, () -> {
            requireOpen(e);
            closer.terminate(e, WorkflowExecutionTerminatedCause.OPERATOR_INITIATED, r.childPolicy(),
                    r.reason(), r.details());
        });
    }

    private Execution openTarget(String domain, String workflowId, String runId) {
        parts.domains.get(domain);
        return parts.store.target(domain, workflowId, runId, parts.clock.now());
    }

    private static void requireOpen(Execution e) {
        if (!e.isOpen()) {
            throw Faults.unknownExecution(e.id()).withDetail("the run is closed");
        }
    }
}
