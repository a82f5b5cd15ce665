package dev.swfrelay.simulation.examples;

import dev.swfrelay.core.decider.Decider;
import dev.swfrelay.core.model.ActivityType;
import dev.swfrelay.core.model.DecisionTask;
import dev.swfrelay.core.model.HistoryEvent;
import dev.swfrelay.core.model.TaskList;
import dev.swfrelay.core.model.event.ActivityTaskCompleted;
import dev.swfrelay.core.model.event.ActivityTaskScheduled;
import dev.swfrelay.core.model.event.WorkflowExecutionStarted;
import dev.swfrelay.core.model.decision.CompleteWorkflowExecution;
import dev.swfrelay.core.model.decision.Decision;
import dev.swfrelay.core.model.decision.ScheduleActivityTask;
import java.util.List;

/**
 * The decider of the Stack Overflow answer this project grew from, as it was: on
 * {@code WorkflowExecutionStarted} it schedules A on {@code a_tasks}; on
 * {@code ActivityTaskCompleted} it finds which activity completed by reading the event at
 * index {@code scheduledEventId - 1} (event ids start at 1), then schedules B on
 * {@code b_tasks} with A's result, or completes the run when B completed. When the last event
 * that is not a decision event is anything else (a timeout, a failure) it answers with no
 * decisions: the run then waits for its workflow timeout.
 */
public final class StackOverflowDecider implements Decider {

    @Override
    public List<Decision> decide(DecisionTask task) {
        List<HistoryEvent> events = task.events();
        HistoryEvent last = lastNonDecisionEvent(events);
        if (last == null) {
            return List.of();
        }
        if (last.attributes() instanceof WorkflowExecutionStarted started) {
            return List.of(schedule("A", "a_tasks", started.input()));
        }
        if (last.attributes() instanceof ActivityTaskCompleted completed) {
            HistoryEvent scheduled = events.get((int) completed.scheduledEventId() - 1);
            String activity = scheduled.attributes(ActivityTaskScheduled.class).activityType().name();
            if (activity.equals("A")) {
                return List.of(schedule("B", "b_tasks", completed.result()));
            }
            return List.of(new CompleteWorkflowExecution(completed.result()));
        }
        return List.of();
    }

    private static HistoryEvent lastNonDecisionEvent(List<HistoryEvent> events) {
        for (int i = events.size() - 1; i >= 0; i--) {
            if (!events.get(i).eventType().name().startsWith("DecisionTask")) {
                return events.get(i);
            }
        }
        return null;
    }

    private static ScheduleActivityTask schedule(String name, String taskList, String input) {
        return ScheduleActivityTask.builder().activityId(name).activityType(new ActivityType(name, "1.0"))
                .taskList(new TaskList(taskList)).input(input).build();
    }
}
