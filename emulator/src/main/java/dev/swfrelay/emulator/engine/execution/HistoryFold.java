package dev.swfrelay.emulator.engine.execution;

import dev.swfrelay.core.model.CloseStatus;
import dev.swfrelay.core.model.HistoryEvent;
import dev.swfrelay.core.model.event.DecisionTaskCompleted;
import dev.swfrelay.core.model.event.DecisionTaskScheduled;
import dev.swfrelay.core.model.event.DecisionTaskStarted;
import dev.swfrelay.core.model.event.DecisionTaskTimedOut;
import dev.swfrelay.core.model.event.EventAttributes;
import dev.swfrelay.core.model.event.WorkflowExecutionCancelRequested;
import dev.swfrelay.core.model.event.WorkflowExecutionCanceled;
import dev.swfrelay.core.model.event.WorkflowExecutionCompleted;
import dev.swfrelay.core.model.event.WorkflowExecutionContinuedAsNew;
import dev.swfrelay.core.model.event.WorkflowExecutionFailed;
import dev.swfrelay.core.model.event.WorkflowExecutionTerminated;
import dev.swfrelay.core.model.event.WorkflowExecutionTimedOut;

/**
 * Folds one recorded event into its run's state: the decision task's phase (through
 * {@link DecisionSlot}'s transitions), the task-list override, cancel requests, the close, and
 * (through {@link ItemsFold}) the open items. Between two units of the change log the decision
 * task is never completing, so a DecisionTaskCompleted closes it at once; the events its decisions
 * recorded follow, among them the next DecisionTaskScheduled when there was one.
 */
final class HistoryFold {

    private final EngineContext context;
    private final ItemsFold items;

    HistoryFold(EngineContext context) {
        this.context = context;
        this.items = new ItemsFold(context);
    }

    void apply(Execution e, HistoryEvent event) {
        EventAttributes a = event.attributes();
        if (items.apply(e, event) || decision(e, event)) {
            seen(e, a);
            return;
        }
        if (a instanceof WorkflowExecutionCancelRequested) {
            e.cancelRequested = true;
        }
        seen(e, a);
        CloseStatus status = closeStatus(a);
        if (status != null) {
            close(e, status, event);
        }
    }

    /** An event the decider must see, arriving while a decider holds the task, makes the task's events unseen. */
    private static void seen(Execution e, EventAttributes a) {
        DecisionSlot slot = e.decision;
        if (slot.started() && DecisionTriggers.needsDecision(a.eventType())) {
            slot.lifecycle.moveTo(DecisionSlot.Phase.STARTED_EVENTS_UNSEEN);
        }
    }

    private boolean decision(Execution e, HistoryEvent event) {
        EventAttributes a = event.attributes();
        DecisionSlot slot = e.decision;
        if (a instanceof DecisionTaskScheduled s) {
            slot.lifecycle.moveTo(DecisionSlot.Phase.SCHEDULED);
            slot.scheduledEventId = event.eventId();
        } else if (a instanceof DecisionTaskStarted) {
            slot.lifecycle.moveTo(DecisionSlot.Phase.STARTED);
            slot.startedEventId = event.eventId();
            context.startedTasks.incrementAndGet();
        } else if (a instanceof DecisionTaskCompleted c) {
            slot.lifecycle.moveTo(slot.lifecycle.phase() == DecisionSlot.Phase.STARTED_EVENTS_UNSEEN
                    ? DecisionSlot.Phase.COMPLETING_EVENTS_UNSEEN : DecisionSlot.Phase.COMPLETING);
            slot.lifecycle.moveTo(DecisionSlot.Phase.IDLE);
            context.startedTasks.decrementAndGet();
            slot.token = null;
            slot.previousStartedEventId = slot.startedEventId;
            slot.startedEventId = 0;
            slot.scheduledEventId = 0;
            if (c.executionContext() != null) {
                e.latestExecutionContext = c.executionContext();
            }
            if (c.taskList() != null) {
                e.decisionTaskList = c.taskList();
                e.decisionScheduleToStart = c.taskListScheduleToStartTimeout();
            }
        } else if (a instanceof DecisionTaskTimedOut) {
            if (slot.started()) {
                context.startedTasks.decrementAndGet();
            }
            slot.lifecycle.moveTo(DecisionSlot.Phase.IDLE);
            slot.token = null;
            slot.startedEventId = 0;
            slot.scheduledEventId = 0;
            DecisionTasks.revertTemporaryOverride(e);
        } else {
            return false;
        }
        return true;
    }

    /** As {@link ExecutionCloser#close} leaves a run, without recording or telling anyone. */
    private void close(Execution e, CloseStatus status, HistoryEvent event) {
        e.closeStatus = status;
        e.closeTimestamp = event.eventTimestamp();
        context.decisionTasks.closeAll(e);
        context.activityTasks.closeAll(e);
        context.lambdaTasks.closeAll(e);
        e.open.timers().values().forEach(timer -> timer.lifecycle.moveTo(TimerState.Phase.CANCELED));
        e.open.timers().clear();
        e.open.children().values().forEach(child -> child.lifecycle.moveTo(ChildState.Phase.CLOSED));
        e.open.children().clear();
        if (status != CloseStatus.CONTINUED_AS_NEW) {
            context.store.closed(e);
        }
        context.closer.scheduleForgetting(e, event.eventTimestamp());
    }

    private static CloseStatus closeStatus(EventAttributes a) {
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
