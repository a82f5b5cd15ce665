package dev.swfrelay.emulator.engine.execution;

import dev.swfrelay.emulator.engine.run.Execution;
import dev.swfrelay.core.api.RequestCancelWorkflowExecutionRequest;
import dev.swfrelay.core.api.SignalWorkflowExecutionRequest;
import dev.swfrelay.core.api.StartWorkflowExecutionRequest;
import dev.swfrelay.core.api.TerminateWorkflowExecutionRequest;
import dev.swfrelay.core.model.Run;
import dev.swfrelay.core.model.WorkflowExecutionTerminatedCause;
import dev.swfrelay.core.model.event.WorkflowExecutionSignaled;
import dev.swfrelay.core.model.Faults;

/** Operations a client performs on runs: start, signal, request cancel, terminate. */
final class ExecutionCommands {

    private final EngineContext context;

    ExecutionCommands(EngineContext context) {
        this.context = context;
    }

    Run start(StartWorkflowExecutionRequest r) {
        return new Run(context.starter.start(r).runId());
    }

    void signal(SignalWorkflowExecutionRequest r) {
        Faults.required(r.signalName(), "signalName");
        Execution e = openTarget(r.domain(), r.workflowId(), r.runId());
        context.locked(e, () -> {
            requireOpen(e);
            e.append(context.clock.now(), new WorkflowExecutionSignaled(null, null, r.input(), r.signalName()));
        });
    }

    void requestCancel(RequestCancelWorkflowExecutionRequest r) {
        Execution e = openTarget(r.domain(), r.workflowId(), r.runId());
        context.locked(e, () -> {
            requireOpen(e);
            context.closer.requestCancel(e, null, null, null);
        });
    }

    void terminate(TerminateWorkflowExecutionRequest r) {
        Execution e = openTarget(r.domain(), r.workflowId(), r.runId());
        context.locked(e, () -> {
            requireOpen(e);
            context.closer.terminate(e, WorkflowExecutionTerminatedCause.OPERATOR_INITIATED, r.childPolicy(),
                    r.reason(), r.details());
        });
    }

    private Execution openTarget(String domain, String workflowId, String runId) {
        context.domains.get(domain);
        return context.store.target(domain, workflowId, runId, context.clock.now());
    }

    private static void requireOpen(Execution e) {
        if (!e.isOpen()) {
            throw Faults.unknownExecution(e.id()).withDetail("the run is closed");
        }
    }
}
