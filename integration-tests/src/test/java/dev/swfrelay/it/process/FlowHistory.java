package dev.swfrelay.it.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.swfrelay.core.model.HistoryEvent;
import dev.swfrelay.core.model.event.ActivityTaskCompleted;
import dev.swfrelay.core.model.event.ActivityTaskScheduled;
import dev.swfrelay.core.model.event.ActivityTaskTimedOut;
import dev.swfrelay.core.model.event.WorkflowExecutionCompleted;
import dev.swfrelay.core.model.event.WorkflowExecutionStarted;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What one A-then-B execution's history must show, and what it tells about retries. */
final class FlowHistory {

    private final String workflowId;
    private final List<HistoryEvent> events;

    FlowHistory(String workflowId, List<HistoryEvent> events) {
        this.workflowId = workflowId;
        this.events = events;
    }

    /**
     * A completed exactly once, then B scheduled (after A's completion) with A's result as
     * input and completed exactly once, then the execution completed with B's result.
     */
    void assertAThenBCompletedOnce() {
        String input = only(WorkflowExecutionStarted.class).input();
        Map<Long, ActivityTaskScheduled> scheduled = events.stream()
                .filter(e -> e.attributes() instanceof ActivityTaskScheduled)
                .collect(Collectors.toMap(HistoryEvent::eventId, e -> e.attributes(ActivityTaskScheduled.class)));
        List<HistoryEvent> completions = events.stream()
                .filter(e -> e.attributes() instanceof ActivityTaskCompleted).toList();
        assertThat(completions).as("activity completions of %s", workflowId).hasSize(2);

        ActivityTaskCompleted a = completions.get(0).attributes(ActivityTaskCompleted.class);
        ActivityTaskCompleted b = completions.get(1).attributes(ActivityTaskCompleted.class);
        assertThat(scheduled.get(a.scheduledEventId()).activityType()).isEqualTo(Flow.A);
        assertThat(scheduled.get(a.scheduledEventId()).input()).isEqualTo(input);
        assertThat(a.result()).isEqualTo("A(" + input + ")");
        ActivityTaskScheduled bScheduled = scheduled.get(b.scheduledEventId());
        assertThat(bScheduled.activityType()).isEqualTo(Flow.B);
        assertThat(b.scheduledEventId()).as("B scheduled after A completed").isGreaterThan(completions.get(0).eventId());
        assertThat(bScheduled.input()).isEqualTo(a.result());
        assertThat(b.result()).isEqualTo("B(A(" + input + "))");
        assertThat(only(WorkflowExecutionCompleted.class).result()).isEqualTo(b.result());
        assertThat(events.get(events.size() - 1).attributes()).isInstanceOf(WorkflowExecutionCompleted.class);
    }

    List<ActivityTaskTimedOut> timeouts() {
        return events.stream().filter(e -> e.attributes() instanceof ActivityTaskTimedOut)
                .map(e -> e.attributes(ActivityTaskTimedOut.class)).toList();
    }

    long scheduledCount() {
        return events.stream().filter(e -> e.attributes() instanceof ActivityTaskScheduled).count();
    }

    private <T> T only(Class<T> type) {
        List<T> found = events.stream().map(HistoryEvent::attributes).filter(type::isInstance)
                .map(type::cast).toList();
        assertThat(found).as("%s events in %s", type.getSimpleName(), workflowId).hasSize(1);
        return found.get(0);
    }
}
