package dev.swfrelay.core.replay;

import dev.swfrelay.core.model.HistoryEvent;
import dev.swfrelay.core.model.TaskList;
import dev.swfrelay.core.model.WorkflowType;
import dev.swfrelay.core.model.event.DecisionTaskCompleted;
import dev.swfrelay.core.model.event.DecisionTaskScheduled;
import dev.swfrelay.core.model.event.DecisionTaskStarted;
import dev.swfrelay.core.model.event.EventAttributes;
import dev.swfrelay.core.model.event.WorkflowExecutionStarted;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Hand-made histories for the replayer's tests: events numbered as appended. */
final class ReplayHistory {

    static final WorkflowType WORKFLOW = new WorkflowType("wf", "1");

    private final List<HistoryEvent> events = new ArrayList<>();

    static ReplayHistory started() {
        ReplayHistory history = new ReplayHistory();
        history.add(WorkflowExecutionStarted.builder().workflowType(WORKFLOW).taskList(new TaskList("deciders"))
                .input("in").build());
        return history;
    }

    long add(EventAttributes attributes) {
        long id = events.size() + 1;
        events.add(new HistoryEvent(id, Instant.ofEpochSecond(1_420_113_600L + id), attributes));
        return id;
    }

    /** Schedules, starts and completes a decision task; returns the completed event's id. */
    long decisionTask() {
        long scheduled = add(DecisionTaskScheduled.builder().taskList(new TaskList("deciders")).build());
        long started = add(new DecisionTaskStarted("decider", scheduled));
        return add(DecisionTaskCompleted.builder().scheduledEventId(scheduled).startedEventId(started).build());
    }

    List<HistoryEvent> events() {
        return List.copyOf(events);
    }
}
