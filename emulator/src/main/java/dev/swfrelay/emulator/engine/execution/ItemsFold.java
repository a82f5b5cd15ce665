package dev.swfrelay.emulator.engine.execution;

import dev.swfrelay.core.model.HistoryEvent;
import dev.swfrelay.core.model.event.*;

/**
 * Folds the events of an execution's activities, timers, children and Lambda tasks into its
 * open items, moving each item through its own state machine as the live engine did when it
 * recorded them. Nothing is scheduled or armed here ({@link EngineRestorer} does that once the
 * whole history is folded) and nothing is recorded.
 */
final class ItemsFold {

    private final EngineContext context;

    ItemsFold(EngineContext context) {
        this.context = context;
    }

    /** Returns whether {@code event} was one of an open item's. */
    boolean apply(Execution e, HistoryEvent event) {
        EventAttributes a = event.attributes();
        if (a instanceof ActivityTaskScheduled s) {
            ActivityState activity = new ActivityState(e, s.activityId(), s.activityType(), event.eventId(),
                    s.taskList(), Priorities.parse(s.taskPriority()), s.input(), s.scheduleToStartTimeout(),
                    s.scheduleToCloseTimeout(), s.startToCloseTimeout(), s.heartbeatTimeout());
            e.open.activities().put(activity.activityId, activity);
            e.latestActivityTaskTimestamp = event.eventTimestamp();
        } else if (a instanceof ActivityTaskStarted s) {
            ActivityState activity = activity(e, s.scheduledEventId());
            activity.lifecycle.moveTo(ActivityState.Phase.STARTED);
            activity.startedEventId = event.eventId();
            context.startedTasks.incrementAndGet();
        } else if (a instanceof ActivityTaskCancelRequested c) {
            ActivityState activity = e.open.activities().get(c.activityId());
            activity.latestCancelRequestedEventId = event.eventId();
            if (activity.started()) {
                activity.lifecycle.moveTo(ActivityState.Phase.CANCEL_REQUESTED);
            }
        } else if (a instanceof ActivityTaskCompleted c) {
            context.activityTasks.close(activity(e, c.scheduledEventId()));
        } else if (a instanceof ActivityTaskFailed f) {
            context.activityTasks.close(activity(e, f.scheduledEventId()));
        } else if (a instanceof ActivityTaskTimedOut t) {
            context.activityTasks.close(activity(e, t.scheduledEventId()));
        } else if (a instanceof ActivityTaskCanceled c) {
            context.activityTasks.close(activity(e, c.scheduledEventId()));
        } else {
            return timer(e, event) || child(e, event) || lambda(e, event);
        }
        return true;
    }

    private boolean timer(Execution e, HistoryEvent event) {
        EventAttributes a = event.attributes();
        if (a instanceof TimerStarted s) {
            e.open.timers().put(s.timerId(), new TimerState(s.timerId(), event.eventId()));
        } else if (a instanceof TimerFired f) {
            e.open.timers().remove(f.timerId()).lifecycle.moveTo(TimerState.Phase.FIRED);
        } else if (a instanceof TimerCanceled c) {
            e.open.timers().remove(c.timerId()).lifecycle.moveTo(TimerState.Phase.CANCELED);
        } else {
            return false;
        }
        return true;
    }

    private boolean child(Execution e, HistoryEvent event) {
        EventAttributes a = event.attributes();
        if (a instanceof StartChildWorkflowExecutionInitiated i) {
            e.open.children().put(i.workflowId(), new ChildState(i.workflowId(), i.workflowType(), event.eventId()));
        } else if (a instanceof ChildWorkflowExecutionStarted s) {
            ChildState child = child(e, s.initiatedEventId());
            if (child != null) {
                child.lifecycle.moveTo(ChildState.Phase.STARTED);
                child.run = s.workflowExecution();
                child.startedEventId = event.eventId();
            }
        } else if (a instanceof StartChildWorkflowExecutionFailed f) {
            closeChild(e, f.initiatedEventId());
        } else if (a instanceof ChildWorkflowExecutionCompleted c) {
            closeChild(e, c.initiatedEventId());
        } else if (a instanceof ChildWorkflowExecutionFailed f) {
            closeChild(e, f.initiatedEventId());
        } else if (a instanceof ChildWorkflowExecutionTimedOut t) {
            closeChild(e, t.initiatedEventId());
        } else if (a instanceof ChildWorkflowExecutionCanceled c) {
            closeChild(e, c.initiatedEventId());
        } else if (a instanceof ChildWorkflowExecutionTerminated t) {
            closeChild(e, t.initiatedEventId());
        } else {
            return false;
        }
        return true;
    }

    private boolean lambda(Execution e, HistoryEvent event) {
        EventAttributes a = event.attributes();
        if (a instanceof LambdaFunctionScheduled s) {
            e.open.lambdas().put(s.id(), new LambdaState(s.id(), event.eventId()));
        } else if (a instanceof LambdaFunctionStarted s) {
            LambdaState lambda = lambda(e, s.scheduledEventId());
            if (lambda != null) {
                lambda.lifecycle.moveTo(LambdaState.Phase.STARTED);
                lambda.startedEventId = event.eventId();
            }
        } else if (a instanceof StartLambdaFunctionFailed f) {
            closeLambda(e, f.scheduledEventId() == null ? 0 : f.scheduledEventId());
        } else if (a instanceof LambdaFunctionCompleted c) {
            closeLambda(e, c.scheduledEventId());
        } else if (a instanceof LambdaFunctionFailed f) {
            closeLambda(e, f.scheduledEventId());
        } else if (a instanceof LambdaFunctionTimedOut t) {
            closeLambda(e, t.scheduledEventId());
        } else {
            return false;
        }
        return true;
    }

    private static ActivityState activity(Execution e, long scheduledEventId) {
        for (ActivityState a : e.open.activities().values()) {
            if (a.scheduledEventId == scheduledEventId) {
                return a;
            }
        }
        throw new IllegalStateException("run " + e.id + ": no open activity scheduled as event " + scheduledEventId);
    }

    private static ChildState child(Execution e, long initiatedEventId) {
        for (ChildState c : e.open.children().values()) {
            if (c.initiatedEventId == initiatedEventId) {
                return c;
            }
        }
        return null;
    }

    private static void closeChild(Execution e, long initiatedEventId) {
        ChildState child = child(e, initiatedEventId);
        if (child != null) {
            child.lifecycle.moveTo(ChildState.Phase.CLOSED);
            e.open.children().remove(child.workflowId);
        }
    }

    private static LambdaState lambda(Execution e, long scheduledEventId) {
        for (LambdaState l : e.open.lambdas().values()) {
            if (l.scheduledEventId == scheduledEventId) {
                return l;
            }
        }
        return null;
    }

    private static void closeLambda(Execution e, long scheduledEventId) {
        LambdaState lambda = lambda(e, scheduledEventId);
        if (lambda != null) {
            lambda.lifecycle.moveTo(LambdaState.Phase.CLOSED);
            e.open.lambdas().remove(lambda.id);
        }
    }
}
