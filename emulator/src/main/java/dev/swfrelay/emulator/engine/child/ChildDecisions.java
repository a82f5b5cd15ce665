package dev.swfrelay.emulator.engine.child;

import dev.swfrelay.emulator.engine.child.state.ChildState;
import dev.swfrelay.emulator.engine.shared.EngineParts;
import dev.swfrelay.emulator.engine.run.state.Execution;
import dev.swfrelay.emulator.engine.run.state.ExecutionConfig;
import dev.swfrelay.emulator.engine.run.ExecutionStarter;
import dev.swfrelay.emulator.engine.registry.RegisteredType;
import dev.swfrelay.emulator.engine.run.WorkflowDefaults;
import dev.swfrelay.core.model.FaultType;
import dev.swfrelay.core.model.StartChildWorkflowExecutionFailedCause;
import dev.swfrelay.core.model.SwfFault;
import dev.swfrelay.core.model.WorkflowType;
import dev.swfrelay.core.model.WorkflowTypeConfiguration;
import dev.swfrelay.core.model.decision.StartChildWorkflowExecution;
import dev.swfrelay.core.model.event.ChildWorkflowExecutionStarted;
import dev.swfrelay.core.model.event.StartChildWorkflowExecutionFailed;
import dev.swfrelay.core.model.event.StartChildWorkflowExecutionInitiated;

/** The StartChildWorkflowExecution decision: checks, the initiated event, then the child's start. */
public final class ChildDecisions {

    private final EngineParts parts;
    private final ExecutionStarter starter;

    public ChildDecisions(EngineParts parts, ExecutionStarter starter) {
        this.parts = parts;
        this.starter = starter;
    }

    public void start(Execution e, StartChildWorkflowExecution d, long completed) {
        WorkflowType type = d.workflowType();
        RegisteredType<WorkflowTypeConfiguration> registered =
                parts.domains.get(e.domain()).workflowTypes().find(type.name(), type.version());
        WorkflowDefaults defaults = registered == null ? null
                : WorkflowDefaults.apply(registered.configuration(), d.childPolicy(), d.executionStartToCloseTimeout(),
                        d.lambdaRole(), d.taskList(), d.taskPriority(), d.taskStartToCloseTimeout(), d.tagList());
        StartChildWorkflowExecutionFailedCause cause = registered == null
                ? StartChildWorkflowExecutionFailedCause.WORKFLOW_TYPE_DOES_NOT_EXIST
                : registered.deprecated() ? StartChildWorkflowExecutionFailedCause.WORKFLOW_TYPE_DEPRECATED
                : undefined(defaults.missing());
        if (cause == null && e.open().childCount() >= parts.settings.limits().maxOpenChildren()) {
            cause = StartChildWorkflowExecutionFailedCause.OPEN_CHILDREN_LIMIT_EXCEEDED;
        }
        if (cause != null) {
            e.append(parts.clock.now(), new StartChildWorkflowExecutionFailed(cause, d.control(), completed, 0, d.workflowId(), type));
            return;
        }
        ExecutionConfig c = defaults.config();
        long initiated = e.append(parts.clock.now(), new StartChildWorkflowExecutionInitiated(c.childPolicy(), d.control(), completed,
                c.executionStartToCloseTimeout(), d.input(), c.lambdaRole(), d.tagList(), c.taskList(),
                c.taskPriority(), c.taskStartToCloseTimeout(), d.workflowId(), type));
        ChildState child = e.open().child(d.workflowId());
        Execution run = starter.newRun(e.domain(), d.workflowId(), type, c, e.id(), initiated, d.input());
        e.later(() -> launch(e, run, child, d, completed));
    }

    private void launch(Execution parent, Execution run, ChildState child, StartChildWorkflowExecution d, long completed) {
        StartChildWorkflowExecutionFailedCause failure = null;
        try {
            starter.open(run, null);
        } catch (SwfFault fault) {
            if (fault.type() == FaultType.WorkflowExecutionAlreadyStartedFault) {
                failure = StartChildWorkflowExecutionFailedCause.WORKFLOW_ALREADY_RUNNING;
            } else if (fault.type() == FaultType.LimitExceededFault) {
                failure = StartChildWorkflowExecutionFailedCause.OPEN_WORKFLOWS_LIMIT_EXCEEDED;
            } else {
                throw fault;
            }
        }
        StartChildWorkflowExecutionFailedCause cause = failure;
        boolean ok = failure == null;
        parts.locked(parent, () -> {
            if (child.phase() == ChildState.Phase.CLOSED) {
                return;
            }
            if (ok) {
                parent.append(parts.clock.now(), new ChildWorkflowExecutionStarted(child.initiatedEventId(), run.id(),
                        child.type()));
            } else {
                parent.append(parts.clock.now(), new StartChildWorkflowExecutionFailed(cause, d.control(), completed,
                        child.initiatedEventId(), d.workflowId(), child.type()));
            }
        });
    }

    private static StartChildWorkflowExecutionFailedCause undefined(WorkflowDefaults.Missing missing) {
        switch (missing) {
            case TASK_LIST:
                return StartChildWorkflowExecutionFailedCause.DEFAULT_TASK_LIST_UNDEFINED;
            case EXECUTION_START_TO_CLOSE_TIMEOUT:
                return StartChildWorkflowExecutionFailedCause.DEFAULT_EXECUTION_START_TO_CLOSE_TIMEOUT_UNDEFINED;
            case TASK_START_TO_CLOSE_TIMEOUT:
                return StartChildWorkflowExecutionFailedCause.DEFAULT_TASK_START_TO_CLOSE_TIMEOUT_UNDEFINED;
            case CHILD_POLICY:
                return StartChildWorkflowExecutionFailedCause.DEFAULT_CHILD_POLICY_UNDEFINED;
            default:
                return null;
        }
    }
}
