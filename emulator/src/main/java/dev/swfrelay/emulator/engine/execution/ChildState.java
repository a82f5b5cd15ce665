package dev.swfrelay.emulator.engine.execution;

import dev.swfrelay.core.model.WorkflowExecution;
import dev.swfrelay.core.model.WorkflowType;

/** A child execution a run started: its initiated event, and once started its run and started event. */
final class ChildState {

    final String workflowId;
    final WorkflowType type;
    final long initiatedEventId;
    WorkflowExecution run;
    long startedEventId;

    ChildState(String workflowId, WorkflowType type, long initiatedEventId) {
        this.workflowId = workflowId;
        this.type = type;
        this.initiatedEventId = initiatedEventId;
    }
}
