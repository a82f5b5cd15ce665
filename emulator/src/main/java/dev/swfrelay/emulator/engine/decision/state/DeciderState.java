package dev.swfrelay.emulator.engine.decision.state;

import dev.swfrelay.core.model.HistoryEvent;
import dev.swfrelay.core.model.TaskList;
import dev.swfrelay.core.model.Timeout;
import dev.swfrelay.core.model.event.DecisionTaskCompleted;
import dev.swfrelay.core.model.event.DecisionTaskScheduled;
import dev.swfrelay.core.model.event.DecisionTaskStarted;
import dev.swfrelay.core.model.event.DecisionTaskTimedOut;
import dev.swfrelay.core.model.event.EventAttributes;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A run's side of its decider, and its part of the run's fold: the decision task
 * ({@link DecisionSlot}), the task list the next task goes on (the run's own, or the one the last
 * DecisionTaskCompleted named: temporary when given with a schedule-to-start timeout, so a task
 * timing out on it sends the next back to the run's own), the latest execution context, and
 * whether a task is due. Moved by DecisionTaskScheduled, DecisionTaskStarted,
 * DecisionTaskCompleted and DecisionTaskTimedOut, and by every event that needs the decider
 * ({@link DecisionTriggers}).
 */
public final class DeciderState {

    private final DecisionSlot slot = new DecisionSlot();
    private final TaskList ownTaskList;
    private final AtomicInteger startedTasks;
    private TaskList taskList;
    private Timeout scheduleToStart;
    private String latestExecutionContext;
    private boolean due;

    /** A run whose tasks go on {@code ownTaskList}; {@code startedTasks} counts the engine's started tasks (this run's move it). */
    public DeciderState(TaskList ownTaskList, AtomicInteger startedTasks) {
        this.ownTaskList = ownTaskList;
        this.taskList = ownTaskList;
        this.startedTasks = startedTasks;
    }

    public DecisionSlot slot() {
        return slot;
    }

    public TaskList taskList() {
        return taskList;
    }

    public Timeout scheduleToStart() {
        return scheduleToStart;
    }

    public String latestExecutionContext() {
        return latestExecutionContext;
    }

    /** Folds one of the decision task's own events; returns whether {@code event} was one. */
    public boolean apply(HistoryEvent event) {
        EventAttributes a = event.attributes();
        if (a instanceof DecisionTaskScheduled) {
            if (slot.completing()) {
                slot.completingEnded();
            }
            slot.scheduled(event.eventId());
            due = false;
        } else if (a instanceof DecisionTaskStarted) {
            slot.started(event.eventId());
            startedTasks.incrementAndGet();
        } else if (a instanceof DecisionTaskCompleted c) {
            slot.completed();
            startedTasks.decrementAndGet();
            if (c.executionContext() != null) {
                latestExecutionContext = c.executionContext();
            }
            if (c.taskList() != null) {
                taskList = c.taskList();
                scheduleToStart = c.taskListScheduleToStartTimeout();
            }
        } else if (a instanceof DecisionTaskTimedOut) {
            if (slot.timedOut()) {
                startedTasks.decrementAndGet();
            }
            revertTemporaryOverride();
        } else {
            return false;
        }
        return true;
    }

    /** An event of an open run was folded: a task is due if it needs the decider and none is open. */
    public void eventArrived(EventAttributes a) {
        if (DecisionTriggers.needsDecision(a.eventType()) && slot.eventArrived()) {
            due = true;
        }
    }

    /** Whether a task is due and none is open; clears it. The run's caller schedules one. */
    public boolean takeDue() {
        boolean wasDue = due && slot.phase() == DecisionSlot.Phase.IDLE;
        due = false;
        return wasDue;
    }

    /** The decisions of a completed task are applied; a new task is due if events arrived meanwhile. */
    public void decisionsApplied() {
        if (slot.completingEnded()) {
            due = true;
        }
    }

    /** Ends a task left completing at the end of a restore (its unit ended after its decisions); nothing is due. */
    public void restored() {
        if (slot.completing()) {
            slot.completingEnded();
        }
        due = false;
    }

    /** The run closed: its task is withdrawn or revoked. */
    public void runClosed() {
        if (slot.runClosed()) {
            startedTasks.decrementAndGet();
        }
    }

    /**
     * A task list override given with a schedule-to-start timeout is temporary: when a task on
     * it times out (either way), SWF goes back to the run's own list for the next task.
     */
    private void revertTemporaryOverride() {
        if (scheduleToStart != null) {
            taskList = ownTaskList;
            scheduleToStart = null;
        }
    }
}
