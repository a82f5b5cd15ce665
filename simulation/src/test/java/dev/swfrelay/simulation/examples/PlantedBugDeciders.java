package dev.swfrelay.simulation.examples;

import dev.swfrelay.core.decider.Decider;
import dev.swfrelay.core.model.ActivityType;
import dev.swfrelay.core.model.DecisionTask;
import dev.swfrelay.core.model.HistoryEvent;
import dev.swfrelay.core.model.TaskList;
import dev.swfrelay.core.model.event.ActivityTaskCompleted;
import dev.swfrelay.core.model.event.ActivityTaskFailed;
import dev.swfrelay.core.model.event.WorkflowExecutionSignaled;
import dev.swfrelay.core.model.decision.CompleteWorkflowExecution;
import dev.swfrelay.core.model.decision.Decision;
import dev.swfrelay.core.model.decision.ScheduleActivityTask;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Deciders with one bug planted each, for simulation to find. All run one activity A on {@code a_tasks}. */
public final class PlantedBugDeciders {

    private PlantedBugDeciders() {
    }

    /** Retries A when it fails, but never looks at ActivityTaskTimedOut: a crashed worker hangs the run. */
    public static Decider ignoresTimeouts() {
        return task -> {
            List<HistoryEvent> news = newEvents(task);
            List<Decision> decisions = new ArrayList<>();
            for (HistoryEvent event : news) {
                switch (event.eventType()) {
                    case WorkflowExecutionStarted -> decisions.add(scheduleA("A-" + event.eventId()));
                    case ActivityTaskFailed -> decisions.add(scheduleA("A-" + event.eventId()));
                    case ActivityTaskCompleted -> decisions.add(new CompleteWorkflowExecution(
                            event.attributes(ActivityTaskCompleted.class).result()));
                    default -> { }
                }
            }
            return decisions;
        };
    }

    /** Schedules A for every "go" signal it sees, without asking whether A already runs or ran. */
    public static Decider schedulesOnEverySignal() {
        return task -> {
            List<Decision> decisions = new ArrayList<>();
            for (HistoryEvent event : newEvents(task)) {
                if (event.attributes() instanceof WorkflowExecutionSignaled s && s.signalName().equals("go")) {
                    decisions.add(scheduleA("A-" + event.eventId()));
                } else if (event.attributes() instanceof ActivityTaskCompleted c) {
                    decisions.add(new CompleteWorkflowExecution(c.result()));
                }
            }
            return decisions;
        };
    }

    /** The same decider, correct: schedules A on the first "go" signal only. */
    public static Decider schedulesOnFirstSignal() {
        return task -> {
            List<Decision> decisions = new ArrayList<>();
            boolean scheduledBefore = task.events().stream().anyMatch(e -> e.eventType().name().equals("ActivityTaskScheduled"));
            for (HistoryEvent event : newEvents(task)) {
                if (event.attributes() instanceof WorkflowExecutionSignaled s && s.signalName().equals("go") && !scheduledBefore) {
                    decisions.add(scheduleA("A-1"));
                    scheduledBefore = true;
                } else if (event.attributes() instanceof ActivityTaskCompleted c) {
                    decisions.add(new CompleteWorkflowExecution(c.result()));
                } else if (event.attributes() instanceof ActivityTaskFailed || event.eventType().name().equals("ActivityTaskTimedOut")) {
                    decisions.add(scheduleA("A-" + event.eventId()));
                }
            }
            return decisions;
        };
    }

    /** Numbers its activities from a counter it keeps between calls: replay gives other ids. */
    public static Decider nonDeterministicIds() {
        AtomicInteger counter = new AtomicInteger();
        return task -> {
            List<Decision> decisions = new ArrayList<>();
            for (HistoryEvent event : newEvents(task)) {
                switch (event.eventType()) {
                    case WorkflowExecutionStarted, ActivityTaskFailed, ActivityTaskTimedOut ->
                            decisions.add(scheduleA("A-" + counter.incrementAndGet()));
                    case ActivityTaskCompleted -> decisions.add(new CompleteWorkflowExecution(
                            event.attributes(ActivityTaskCompleted.class).result()));
                    default -> { }
                }
            }
            return decisions;
        };
    }

    /** The events after the previous decision task's start (all of them on the first task). */
    private static List<HistoryEvent> newEvents(DecisionTask task) {
        long previous = task.previousStartedEventId() == null ? 0 : task.previousStartedEventId();
        return task.events().stream().filter(e -> e.eventId() > previous).toList();
    }

    private static ScheduleActivityTask scheduleA(String activityId) {
        return ScheduleActivityTask.builder().activityId(activityId).activityType(new ActivityType("A", "1.0"))
                .taskList(new TaskList("a_tasks")).build();
    }
}
