package dev.swfrelay.emulator.engine.run;

import dev.swfrelay.emulator.engine.shared.EngineParts;
import dev.swfrelay.emulator.engine.run.state.Execution;
import dev.swfrelay.emulator.engine.run.state.ExecutionConfig;
import dev.swfrelay.emulator.engine.registry.RegisteredType;
import dev.swfrelay.core.model.CancelWorkflowExecutionFailedCause;
import dev.swfrelay.core.model.CloseStatus;
import dev.swfrelay.core.model.CompleteWorkflowExecutionFailedCause;
import dev.swfrelay.core.model.ContinueAsNewWorkflowExecutionFailedCause;
import dev.swfrelay.core.model.FailWorkflowExecutionFailedCause;
import dev.swfrelay.core.model.WorkflowType;
import dev.swfrelay.core.model.WorkflowTypeConfiguration;
import dev.swfrelay.core.model.decision.CancelWorkflowExecution;
import dev.swfrelay.core.model.decision.CompleteWorkflowExecution;
import dev.swfrelay.core.model.decision.ContinueAsNewWorkflowExecution;
import dev.swfrelay.core.model.decision.Decision;
import dev.swfrelay.core.model.decision.FailWorkflowExecution;
import dev.swfrelay.core.model.event.CancelWorkflowExecutionFailed;
import dev.swfrelay.core.model.event.CompleteWorkflowExecutionFailed;
import dev.swfrelay.core.model.event.ContinueAsNewWorkflowExecutionFailed;
import dev.swfrelay.core.model.event.FailWorkflowExecutionFailed;
import dev.swfrelay.core.model.event.WorkflowExecutionCanceled;
import dev.swfrelay.core.model.event.WorkflowExecutionCompleted;
import dev.swfrelay.core.model.event.WorkflowExecutionContinuedAsNew;
import dev.swfrelay.core.model.event.WorkflowExecutionFailed;

/**
 * The four decisions that close a run. Each fails with {@code UNHANDLED_DECISION} when
 * events the decider has not seen arrived while its task was started. A continuation takes
 * what its decision leaves out from its type's registered defaults, not from the closing run
 * (hence SWF's DEFAULT_*_UNDEFINED causes for it).
 */
public final class CloseDecisions {

    private final EngineParts parts;
    private final ExecutionCloser closer;
    private final ExecutionStarter starter;

    public CloseDecisions(EngineParts parts, ExecutionCloser closer, ExecutionStarter starter) {
        this.parts = parts;
        this.closer = closer;
        this.starter = starter;
    }

    public static boolean closes(Decision d) {
        return d instanceof CompleteWorkflowExecution || d instanceof FailWorkflowExecution
                || d instanceof CancelWorkflowExecution || d instanceof ContinueAsNewWorkflowExecution;
    }

    public void complete(Execution e, CompleteWorkflowExecution d, long completed) {
        if (e.decision().unhandled()) {
            e.append(parts.clock.now(), new CompleteWorkflowExecutionFailed(CompleteWorkflowExecutionFailedCause.UNHANDLED_DECISION, completed));
            return;
        }
        closer.close(e, CloseStatus.COMPLETED, parts.clock.now(),
                new WorkflowExecutionCompleted(completed, d.result()), e.config().childPolicy());
    }

    public void fail(Execution e, FailWorkflowExecution d, long completed) {
        if (e.decision().unhandled()) {
            e.append(parts.clock.now(), new FailWorkflowExecutionFailed(FailWorkflowExecutionFailedCause.UNHANDLED_DECISION, completed));
            return;
        }
        closer.close(e, CloseStatus.FAILED, parts.clock.now(),
                new WorkflowExecutionFailed(completed, d.details(), d.reason()), e.config().childPolicy());
    }

    public void cancel(Execution e, CancelWorkflowExecution d, long completed) {
        if (e.decision().unhandled()) {
            e.append(parts.clock.now(), new CancelWorkflowExecutionFailed(CancelWorkflowExecutionFailedCause.UNHANDLED_DECISION, completed));
            return;
        }
        closer.close(e, CloseStatus.CANCELED, parts.clock.now(),
                new WorkflowExecutionCanceled(completed, d.details()), e.config().childPolicy());
    }

    public void continueAsNew(Execution e, ContinueAsNewWorkflowExecution d, long completed) {
        ContinueAsNewWorkflowExecutionFailedCause cause = null;
        String version = d.workflowTypeVersion() != null ? d.workflowTypeVersion() : e.type().version();
        RegisteredType<WorkflowTypeConfiguration> registered =
                parts.domains.get(e.domain()).workflowTypes().find(e.type().name(), version);
        WorkflowDefaults defaults = null;
        if (e.decision().unhandled()) {
            cause = ContinueAsNewWorkflowExecutionFailedCause.UNHANDLED_DECISION;
        } else if (registered == null) {
            cause = ContinueAsNewWorkflowExecutionFailedCause.WORKFLOW_TYPE_DOES_NOT_EXIST;
        } else if (registered.deprecated()) {
            cause = ContinueAsNewWorkflowExecutionFailedCause.WORKFLOW_TYPE_DEPRECATED;
        } else {
            defaults = WorkflowDefaults.apply(registered.configuration(), d.childPolicy(),
                    d.executionStartToCloseTimeout(), d.lambdaRole(), d.taskList(), d.taskPriority(),
                    d.taskStartToCloseTimeout(), d.tagList());
        }
        if (cause == null) {
            cause = undefined(defaults.missing());
        }
        if (cause != null) {
            e.append(parts.clock.now(), new ContinueAsNewWorkflowExecutionFailed(cause, completed));
            return;
        }
        ExecutionConfig c = defaults.config();
        WorkflowType type = new WorkflowType(e.type().name(), version);
        Execution next = starter.newRun(e.domain(), e.id().workflowId(), type, c, e.parent(),
                e.parentInitiatedEventId(), d.input());
        closer.close(e, CloseStatus.CONTINUED_AS_NEW, parts.clock.now(),
                new WorkflowExecutionContinuedAsNew(c.childPolicy(), completed, c.executionStartToCloseTimeout(),
                        d.input(), c.lambdaRole(), next.id().runId(), c.tags().isEmpty() ? null : c.tags(),
                        c.taskList(), c.taskPriority(), c.taskStartToCloseTimeout(), type),
                e.config().childPolicy());
        e.later(() -> starter.open(next, e));
    }

    private static ContinueAsNewWorkflowExecutionFailedCause undefined(WorkflowDefaults.Missing missing) {
        switch (missing) {
            case TASK_LIST:
                return ContinueAsNewWorkflowExecutionFailedCause.DEFAULT_TASK_LIST_UNDEFINED;
            case EXECUTION_START_TO_CLOSE_TIMEOUT:
                return ContinueAsNewWorkflowExecutionFailedCause.DEFAULT_EXECUTION_START_TO_CLOSE_TIMEOUT_UNDEFINED;
            case TASK_START_TO_CLOSE_TIMEOUT:
                return ContinueAsNewWorkflowExecutionFailedCause.DEFAULT_TASK_START_TO_CLOSE_TIMEOUT_UNDEFINED;
            case CHILD_POLICY:
                return ContinueAsNewWorkflowExecutionFailedCause.DEFAULT_CHILD_POLICY_UNDEFINED;
            default:
                return null;
        }
    }
}
