package dev.swfrelay.cli.history;

import dev.swfrelay.core.model.ActivityType;
import dev.swfrelay.core.model.WorkflowType;
import dev.swfrelay.core.model.event.ActivityTaskCanceled;
import dev.swfrelay.core.model.event.ActivityTaskCompleted;
import dev.swfrelay.core.model.event.ActivityTaskFailed;
import dev.swfrelay.core.model.event.ActivityTaskScheduled;
import dev.swfrelay.core.model.event.ActivityTaskStarted;
import dev.swfrelay.core.model.event.ActivityTaskTimedOut;
import dev.swfrelay.core.model.event.DecisionTaskScheduled;
import dev.swfrelay.core.model.event.DecisionTaskStarted;
import dev.swfrelay.core.model.event.DecisionTaskTimedOut;
import dev.swfrelay.core.model.event.EventAttributes;
import dev.swfrelay.core.model.event.MarkerRecorded;
import dev.swfrelay.core.model.event.ScheduleActivityTaskFailed;
import dev.swfrelay.core.model.event.TimerFired;
import dev.swfrelay.core.model.event.TimerStarted;
import dev.swfrelay.core.model.event.WorkflowExecutionCancelRequested;
import dev.swfrelay.core.model.event.WorkflowExecutionCanceled;
import dev.swfrelay.core.model.event.WorkflowExecutionCompleted;
import dev.swfrelay.core.model.event.WorkflowExecutionFailed;
import dev.swfrelay.core.model.event.WorkflowExecutionSignaled;
import dev.swfrelay.core.model.event.WorkflowExecutionStarted;
import dev.swfrelay.core.model.event.WorkflowExecutionTerminated;
import dev.swfrelay.core.model.event.WorkflowExecutionTimedOut;

/** The few attributes of an event that a person reading a timeline wants to see. */
final class EventSummary {

    private static final int SHOWN = 100;

    private EventSummary() {
    }

    static String of(EventAttributes a) {
        if (a instanceof WorkflowExecutionStarted e) {
            return type(e.workflowType()) + " on " + e.taskList().name() + " input=" + quote(e.input());
        }
        if (a instanceof DecisionTaskScheduled e) {
            return "on " + e.taskList().name();
        }
        if (a instanceof DecisionTaskStarted e) {
            return "by " + e.identity();
        }
        if (a instanceof DecisionTaskTimedOut e) {
            return String.valueOf(e.timeoutType());
        }
        if (a instanceof ActivityTaskScheduled e) {
            return type(e.activityType()) + " id=" + e.activityId() + " on " + e.taskList().name()
                    + " input=" + quote(e.input());
        }
        if (a instanceof ScheduleActivityTaskFailed e) {
            return type(e.activityType()) + " id=" + e.activityId() + " cause=" + e.cause();
        }
        if (a instanceof ActivityTaskStarted e) {
            return "by " + e.identity();
        }
        if (a instanceof ActivityTaskCompleted e) {
            return "result=" + quote(e.result());
        }
        if (a instanceof ActivityTaskFailed e) {
            return failure(e.reason(), e.details());
        }
        if (a instanceof ActivityTaskTimedOut e) {
            return String.valueOf(e.timeoutType());
        }
        if (a instanceof ActivityTaskCanceled e) {
            return details(e.details()).trim();
        }
        return ofExecution(a);
    }

    private static String ofExecution(EventAttributes a) {
        if (a instanceof WorkflowExecutionCompleted e) {
            return "result=" + quote(e.result());
        }
        if (a instanceof WorkflowExecutionFailed e) {
            return failure(e.reason(), e.details());
        }
        if (a instanceof WorkflowExecutionTimedOut e) {
            return String.valueOf(e.timeoutType());
        }
        if (a instanceof WorkflowExecutionTerminated e) {
            return failure(e.reason(), e.details());
        }
        if (a instanceof WorkflowExecutionCanceled e) {
            return details(e.details()).trim();
        }
        if (a instanceof WorkflowExecutionCancelRequested e) {
            return e.cause() == null ? "" : "cause=" + e.cause();
        }
        if (a instanceof WorkflowExecutionSignaled e) {
            return e.signalName() + " input=" + quote(e.input());
        }
        if (a instanceof TimerStarted e) {
            return e.timerId() + " fires after " + e.startToFireTimeout() + "s";
        }
        if (a instanceof TimerFired e) {
            return e.timerId();
        }
        if (a instanceof MarkerRecorded e) {
            return e.markerName() + details(e.details());
        }
        return "";
    }

    private static String type(WorkflowType t) {
        return t.name() + ":" + t.version();
    }

    private static String type(ActivityType t) {
        return t.name() + ":" + t.version();
    }

    private static String failure(String reason, String details) {
        return "reason=" + quote(reason) + details(details);
    }

    private static String details(String details) {
        return details == null || details.isEmpty() ? "" : " details=" + quote(details);
    }

    /** A value on one line, cut to a readable length. */
    static String quote(String value) {
        if (value == null) {
            return "-";
        }
        String flat = value.strip().replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r")
                .replace("\"", "\\\"");
        return "\"" + (flat.length() > SHOWN ? flat.substring(0, SHOWN) + "..." : flat) + "\"";
    }
}
