package dev.swfrelay.emulator.engine.child.state;

import dev.swfrelay.emulator.engine.lifecycle.Lifecycle;
import dev.swfrelay.emulator.engine.lifecycle.Transitions;
import dev.swfrelay.core.model.WorkflowExecution;
import dev.swfrelay.core.model.WorkflowType;

/**
 * A child run as its parent sees it. Moved by StartChildWorkflowExecutionInitiated (created),
 * ChildWorkflowExecutionStarted, then StartChildWorkflowExecutionFailed or one of the six
 * ChildWorkflowExecution{Completed,Failed,Canceled,TimedOut,Terminated} closes; the parent's own
 * close stops following it.
 */
public final class ChildState {

    /** Where the child is in its life, as its parent sees it. */
    public enum Phase {
        /** StartChildWorkflowExecutionInitiated is recorded; the run is being opened. */
        INITIATED,
        /** ChildWorkflowExecutionStarted is recorded. */
        STARTED,
        /** Its start failed, it closed, or its parent closed. */
        CLOSED
    }

    private static final Transitions<Phase> MOVES = Transitions.of("child run", Phase.class)
            .allow(Phase.INITIATED, Phase.STARTED, Phase.CLOSED)
            .allow(Phase.STARTED, Phase.CLOSED);

    private final String workflowId;
    private final WorkflowType type;
    private final long initiatedEventId;
    private final Lifecycle<Phase> lifecycle = new Lifecycle<>(MOVES, Phase.INITIATED);
    private WorkflowExecution run;
    private long startedEventId;

    /** StartChildWorkflowExecutionInitiated, recorded as event {@code initiatedEventId}. */
    public ChildState(String workflowId, WorkflowType type, long initiatedEventId) {
        this.workflowId = workflowId;
        this.type = type;
        this.initiatedEventId = initiatedEventId;
    }

    public String workflowId() {
        return workflowId;
    }

    public WorkflowType type() {
        return type;
    }

    public long initiatedEventId() {
        return initiatedEventId;
    }

    public long startedEventId() {
        return startedEventId;
    }

    public WorkflowExecution run() {
        return run;
    }

    public Phase phase() {
        return lifecycle.phase();
    }

    /** ChildWorkflowExecutionStarted, recorded as event {@code eventId}: the child runs as {@code child}. */
    public void started(WorkflowExecution child, long eventId) {
        lifecycle.moveTo(Phase.STARTED);
        run = child;
        startedEventId = eventId;
    }

    /** Its start failed, it closed, or its parent stopped following it. */
    public void closed() {
        lifecycle.moveTo(Phase.CLOSED);
    }
}
