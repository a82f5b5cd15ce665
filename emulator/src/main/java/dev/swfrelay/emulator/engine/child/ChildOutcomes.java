package dev.swfrelay.emulator.engine.child;

import dev.swfrelay.emulator.engine.child.state.ChildState;
import dev.swfrelay.emulator.engine.shared.EngineParts;
import dev.swfrelay.emulator.engine.run.state.Execution;
import dev.swfrelay.core.model.CloseStatus;
import dev.swfrelay.core.model.WorkflowExecutionTimeoutType;
import dev.swfrelay.core.model.event.ChildWorkflowExecutionCanceled;
import dev.swfrelay.core.model.event.ChildWorkflowExecutionCompleted;
import dev.swfrelay.core.model.event.ChildWorkflowExecutionFailed;
import dev.swfrelay.core.model.event.ChildWorkflowExecutionTerminated;
import dev.swfrelay.core.model.event.ChildWorkflowExecutionTimedOut;
import dev.swfrelay.core.model.event.EventAttributes;
import dev.swfrelay.core.model.event.WorkflowExecutionCanceled;
import dev.swfrelay.core.model.event.WorkflowExecutionCompleted;
import dev.swfrelay.core.model.event.WorkflowExecutionFailed;

/**
 * Tells a parent run how its child closed, with the matching ChildWorkflowExecution* event. The
 * closing run does not call this: its fold says its parent is owed word
 * ({@link Execution#takeParentDue}), and the unit on its lock ({@link EngineParts#locked}) asks
 * {@link #tellParent} once the child's events are in.
 */
public final class ChildOutcomes {

    private final EngineParts parts;

    public ChildOutcomes(EngineParts parts) {
        this.parts = parts;
    }

    /** Under the closed child's lock: its parent is told how it closed once that lock is let go. */
    public void tellParent(Execution child) {
        CloseStatus status = child.closeStatus();
        EventAttributes closeEvent = child.event(child.lastEventId()).attributes();
        child.later(() -> report(child, status, closeEvent));
    }

    /** Runs outside the child's lock; takes the parent's. */
    private void report(Execution child, CloseStatus status, EventAttributes closeEvent) {
        Execution parent;
        try {
            parent = parts.store.get(child.domain(), child.parent(), parts.clock.now());
        } catch (RuntimeException gone) {
            return;
        }
        parts.locked(parent, () -> {
            ChildState state = parent.isOpen() ? parent.open().child(child.id().workflowId()) : null;
            if (state == null) {
                return;
            }
            parent.append(parts.clock.now(), outcome(state, child, status, closeEvent));
        });
    }

    private static EventAttributes outcome(ChildState s, Execution child, CloseStatus status, EventAttributes close) {
        long init = s.initiatedEventId();
        long started = s.startedEventId();
        switch (status) {
            case COMPLETED:
                return new ChildWorkflowExecutionCompleted(init, ((WorkflowExecutionCompleted) close).result(), started,
                        child.id(), child.type());
            case FAILED:
                WorkflowExecutionFailed failed = (WorkflowExecutionFailed) close;
                return new ChildWorkflowExecutionFailed(failed.details(), init, failed.reason(), started, child.id(),
                        child.type());
            case CANCELED:
                return new ChildWorkflowExecutionCanceled(((WorkflowExecutionCanceled) close).details(), init, started,
                        child.id(), child.type());
            case TIMED_OUT:
                return new ChildWorkflowExecutionTimedOut(init, started, WorkflowExecutionTimeoutType.START_TO_CLOSE,
                        child.id(), child.type());
            default:
                return new ChildWorkflowExecutionTerminated(init, started, child.id(), child.type());
        }
    }
}
