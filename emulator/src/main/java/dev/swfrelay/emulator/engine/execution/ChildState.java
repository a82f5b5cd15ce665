package dev.swfrelay.emulator.engine.execution;

import dev.swfrelay.core.model.WorkflowExecution;
import dev.swfrelay.core.model.WorkflowType;

/**
 * A child execution a run started, as a state machine: initiated, then started (with its run
 * and started event) or failed to start, and closed when the parent learns how it ended or
 * stops following it.
 */
final class ChildState {

    /** Where the child is in its life, as its parent sees it. */
    enum Phase {
        /** StartChildWorkflowExecutionInitiated is recorded; the run is being opened. */
        INITIATED,
        /** ChildWorkflowExecutionStarted is recorded. */
        STARTED,
        /** Its start failed, it closed, or its parent closed. */
        CLOSED
    }

    static final Transitions<Phase> MOVES = Transitions.of("child run", Phase.class)
            .allow(Phase.INITIATED, Phase.STARTED, Phase.CLOSED)
            .allow(Phase.STARTED, Phase.CLOSED);

    final String workflowId;
    final WorkflowType type;
    final long initiatedEventId;
    WorkflowExecution run;
    long startedEventId;
    final Lifecycle<Phase> lifecycle = new Lifecycle<>(MOVES, Phase.INITIATED);

    ChildState(String workflowId, WorkflowType type, long initiatedEventId) {
        this.workflowId = workflowId;
        this.type = type;
        this.initiatedEventId = initiatedEventId;
    }
}
