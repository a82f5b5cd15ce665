package dev.swfrelay.emulator.engine.run.state;

import dev.swfrelay.emulator.engine.activity.state.ActivityState;
import dev.swfrelay.emulator.engine.child.state.ChildState;
import dev.swfrelay.emulator.engine.lambda.state.LambdaState;
import dev.swfrelay.emulator.engine.timer.state.TimerState;
import dev.swfrelay.core.model.HistoryEvent;
import dev.swfrelay.core.model.event.*;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToLongFunction;

/**
 * An open run's activities (by activity id), timers (by timer id), children (by workflow id)
 * and Lambda tasks (by id), and their part of the run's fold: {@link #apply} moves each item
 * through its own state machine for the event that names it. The maps are created on first
 * use, so an idle run costs little heap.
 */
public final class OpenItems {

    private final AtomicInteger startedTasks;
    private Map<String, ActivityState> activities;
    private Map<String, TimerState> timers;
    private Map<String, ChildState> children;
    private Map<String, LambdaState> lambdas;
    private Instant latestActivityTaskTimestamp;

    /** {@code startedTasks} counts the engine's started tasks (its idleness); this run's activities move it. */
    public OpenItems(AtomicInteger startedTasks) {
        this.startedTasks = startedTasks;
    }

    /** When the run last scheduled an activity task (kept after the task closes); null if it never did. */
    public Instant latestActivityTaskTimestamp() {
        return latestActivityTaskTimestamp;
    }

    public ActivityState activity(String activityId) {
        return activities == null ? null : activities.get(activityId);
    }

    public TimerState timer(String timerId) {
        return timers == null ? null : timers.get(timerId);
    }

    public ChildState child(String workflowId) {
        return children == null ? null : children.get(workflowId);
    }

    public boolean hasLambda(String id) {
        return lambdas != null && lambdas.containsKey(id);
    }

    public List<ActivityState> activities() {
        return activities == null ? List.of() : new ArrayList<>(activities.values());
    }

    public List<TimerState> timers() {
        return timers == null ? List.of() : new ArrayList<>(timers.values());
    }

    public List<ChildState> children() {
        return children == null ? List.of() : new ArrayList<>(children.values());
    }

    public List<LambdaState> lambdas() {
        return lambdas == null ? List.of() : new ArrayList<>(lambdas.values());
    }

    public int lambdaCount() {
        return lambdas == null ? 0 : lambdas.size();
    }

    public int activityCount() {
        return activities == null ? 0 : activities.size();
    }

    public int timerCount() {
        return timers == null ? 0 : timers.size();
    }

    public int childCount() {
        return children == null ? 0 : children.size();
    }

    /** The open activity scheduled as event {@code scheduledEventId}, or null. */
    public ActivityState activityScheduledAs(long scheduledEventId) {
        return named(activities, ActivityState::scheduledEventId, scheduledEventId);
    }

    /** The item of {@code items} whose event (as {@code eventId} reads it) is {@code id}, or null. */
    private static <T> T named(Map<String, T> items, ToLongFunction<T> eventId, long id) {
        if (items != null) {
            for (T item : items.values()) {
                if (eventId.applyAsLong(item) == id) {
                    return item;
                }
            }
        }
        return null;
    }

    /** Folds {@code event} into the item it names; returns whether it was an item's event. */
    public boolean apply(HistoryEvent event) {
        EventAttributes a = event.attributes();
        if (a instanceof ActivityTaskScheduled s) {
            if (activities == null) {
                activities = new HashMap<>(4);
            }
            activities.put(s.activityId(), new ActivityState(event.eventId(), s));
            latestActivityTaskTimestamp = event.eventTimestamp();
        } else if (a instanceof ActivityTaskStarted s) {
            activityAt(s.scheduledEventId()).started(event.eventId());
            startedTasks.incrementAndGet();
        } else if (a instanceof ActivityTaskCancelRequested c) {
            activity(c.activityId()).cancelRequested(event.eventId());
        } else if (a instanceof ActivityTaskCompleted c) {
            closeActivity(activityAt(c.scheduledEventId()));
        } else if (a instanceof ActivityTaskFailed f) {
            closeActivity(activityAt(f.scheduledEventId()));
        } else if (a instanceof ActivityTaskTimedOut t) {
            closeActivity(activityAt(t.scheduledEventId()));
        } else if (a instanceof ActivityTaskCanceled c) {
            closeActivity(activityAt(c.scheduledEventId()));
        } else {
            return timer(event) || child(event) || lambda(event);
        }
        return true;
    }

    /** The run closed: every item ends (children are no longer followed, whatever the child policy does to them). */
    public void runClosed() {
        if (activities != null) {
            activities().forEach(this::closeActivity);
        }
        if (timers != null) {
            timers.values().forEach(TimerState::canceled);
            timers.clear();
        }
        if (children != null) {
            children.values().forEach(ChildState::closed);
            children.clear();
        }
        if (lambdas != null) {
            lambdas.values().forEach(LambdaState::closed);
            lambdas.clear();
        }
    }

    private boolean timer(HistoryEvent event) {
        EventAttributes a = event.attributes();
        if (a instanceof TimerStarted s) {
            if (timers == null) {
                timers = new HashMap<>(4);
            }
            timers.put(s.timerId(), new TimerState(s.timerId(), event.eventId()));
        } else if (a instanceof TimerFired f) {
            timers.remove(f.timerId()).fired();
        } else if (a instanceof TimerCanceled c) {
            timers.remove(c.timerId()).canceled();
        } else {
            return false;
        }
        return true;
    }

    private boolean child(HistoryEvent event) {
        EventAttributes a = event.attributes();
        if (a instanceof StartChildWorkflowExecutionInitiated i) {
            if (children == null) {
                children = new HashMap<>(4);
            }
            children.put(i.workflowId(), new ChildState(i.workflowId(), i.workflowType(), event.eventId()));
        } else if (a instanceof ChildWorkflowExecutionStarted s) {
            ChildState child = named(children, ChildState::initiatedEventId, s.initiatedEventId());
            if (child != null) {
                child.started(s.workflowExecution(), event.eventId());
            }
        } else if (a instanceof StartChildWorkflowExecutionFailed f) {
            closeChild(f.initiatedEventId());
        } else if (a instanceof ChildWorkflowExecutionCompleted c) {
            closeChild(c.initiatedEventId());
        } else if (a instanceof ChildWorkflowExecutionFailed f) {
            closeChild(f.initiatedEventId());
        } else if (a instanceof ChildWorkflowExecutionTimedOut t) {
            closeChild(t.initiatedEventId());
        } else if (a instanceof ChildWorkflowExecutionCanceled c) {
            closeChild(c.initiatedEventId());
        } else if (a instanceof ChildWorkflowExecutionTerminated t) {
            closeChild(t.initiatedEventId());
        } else {
            return false;
        }
        return true;
    }

    private boolean lambda(HistoryEvent event) {
        EventAttributes a = event.attributes();
        if (a instanceof LambdaFunctionScheduled s) {
            if (lambdas == null) {
                lambdas = new HashMap<>(4);
            }
            lambdas.put(s.id(), new LambdaState(s.id(), event.eventId()));
        } else if (a instanceof LambdaFunctionStarted s) {
            LambdaState lambda = named(lambdas, LambdaState::scheduledEventId, s.scheduledEventId());
            if (lambda != null) {
                lambda.started(event.eventId());
            }
        } else if (a instanceof StartLambdaFunctionFailed f) {
            closeLambda(f.scheduledEventId() == null ? 0 : f.scheduledEventId());
        } else if (a instanceof LambdaFunctionCompleted c) {
            closeLambda(c.scheduledEventId());
        } else if (a instanceof LambdaFunctionFailed f) {
            closeLambda(f.scheduledEventId());
        } else if (a instanceof LambdaFunctionTimedOut t) {
            closeLambda(t.scheduledEventId());
        } else {
            return false;
        }
        return true;
    }

    private ActivityState activityAt(long scheduledEventId) {
        ActivityState found = activityScheduledAs(scheduledEventId);
        if (found == null) {
            throw new IllegalStateException("no open activity scheduled as event " + scheduledEventId);
        }
        return found;
    }

    private void closeActivity(ActivityState activity) {
        boolean started = activity.started();
        activity.closed();
        activities.remove(activity.activityId(), activity);
        if (started) {
            startedTasks.decrementAndGet();
        }
    }

    private void closeChild(long initiatedEventId) {
        ChildState child = named(children, ChildState::initiatedEventId, initiatedEventId);
        if (child != null) {
            child.closed();
            children.remove(child.workflowId());
        }
    }

    private void closeLambda(long scheduledEventId) {
        LambdaState lambda = named(lambdas, LambdaState::scheduledEventId, scheduledEventId);
        if (lambda != null) {
            lambda.closed();
            lambdas.remove(lambda.id());
        }
    }
}
