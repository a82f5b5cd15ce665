package dev.swfrelay.emulator.engine.run.state;

import dev.swfrelay.core.model.CloseStatus;
import dev.swfrelay.core.model.event.EventAttributes;
import dev.swfrelay.core.model.event.WorkflowExecutionCanceled;
import dev.swfrelay.core.model.event.WorkflowExecutionCompleted;
import dev.swfrelay.core.model.event.WorkflowExecutionContinuedAsNew;
import dev.swfrelay.core.model.event.WorkflowExecutionFailed;
import dev.swfrelay.core.model.event.WorkflowExecutionTerminated;
import dev.swfrelay.core.model.event.WorkflowExecutionTimedOut;

/** The six events that close a run, and the close status each gives it. */
final class CloseEvents {

    private CloseEvents() {
    }

    /** The status {@code a} closes its run with; null when it does not close it. */
    static CloseStatus status(EventAttributes a) {
        if (a instanceof WorkflowExecutionCompleted) {
            return CloseStatus.COMPLETED;
        } else if (a instanceof WorkflowExecutionFailed) {
            return CloseStatus.FAILED;
        } else if (a instanceof WorkflowExecutionCanceled) {
            return CloseStatus.CANCELED;
        } else if (a instanceof WorkflowExecutionTerminated) {
            return CloseStatus.TERMINATED;
        } else if (a instanceof WorkflowExecutionTimedOut) {
            return CloseStatus.TIMED_OUT;
        } else if (a instanceof WorkflowExecutionContinuedAsNew) {
            return CloseStatus.CONTINUED_AS_NEW;
        }
        return null;
    }
}
