package dev.swfrelay.cli.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.swfrelay.core.model.ActivityType;
import dev.swfrelay.core.model.HistoryEvent;
import dev.swfrelay.core.model.TaskList;
import dev.swfrelay.core.model.Timeout;
import dev.swfrelay.core.model.event.ActivityTaskCompleted;
import dev.swfrelay.core.model.event.ActivityTaskFailed;
import dev.swfrelay.core.model.event.ActivityTaskScheduled;
import dev.swfrelay.core.model.event.ActivityTaskStarted;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest {

    private static final Instant T0 = Instant.parse("2026-01-01T12:00:00Z");

    @Test
    void showsTimeOffsetEssentialsAndHowLongTasksWaitedAndRan() {
        List<HistoryEvent> events = List.of(
                new HistoryEvent(1, T0, ActivityTaskScheduled.builder().activityId("A-1")
                        .activityType(new ActivityType("script-a", "1")).taskList(new TaskList("a_tasks"))
                        .input("hello\nworld").decisionTaskCompletedEventId(0)
                        .heartbeatTimeout(Timeout.NONE).build()),
                new HistoryEvent(2, T0.plusMillis(40), new ActivityTaskStarted("worker@host-a:12", 1)),
                new HistoryEvent(3, T0.plusMillis(1540), new ActivityTaskCompleted("A's result", 1, 2)));

        List<String> lines = Timeline.render(events);

        assertThat(lines).containsExactly(
                "12:00:00.000     +0ms    1  ActivityTaskScheduled              script-a:1 id=A-1 on a_tasks input=\"hello\\nworld\"",
                "12:00:00.040    +40ms    2  ActivityTaskStarted                by worker@host-a:12  (waited 40ms)",
                "12:00:01.540    +1.5s    3  ActivityTaskCompleted              result=\"A's result\"  (ran 1.5s)");
    }

    @Test
    void failureShowsReasonAndDetails() {
        HistoryEvent failed = new HistoryEvent(3, T0, new ActivityTaskFailed("boom\n", "exit 3", 1, 2));

        assertThat(Timeline.render(List.of(failed)).get(0)).endsWith("reason=\"exit 3\" details=\"boom\"");
    }
}
