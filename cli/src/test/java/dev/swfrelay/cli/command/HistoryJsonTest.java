package dev.swfrelay.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.swfrelay.core.model.ActivityType;
import dev.swfrelay.core.model.HistoryEvent;
import dev.swfrelay.core.model.TaskList;
import dev.swfrelay.core.model.Timeout;
import dev.swfrelay.core.model.event.ActivityTaskCompleted;
import dev.swfrelay.core.model.event.ActivityTaskScheduled;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

class HistoryJsonTest {

    @Test
    void writesSwfsMemberNamesEpochSecondsAndTimeoutStrings() {
        Instant t = Instant.parse("2015-01-01T12:00:00.250Z");
        String json = HistoryJson.write(List.of(
                new HistoryEvent(5, t, ActivityTaskScheduled.builder().activityId("A-1")
                        .activityType(new ActivityType("script-a", "1")).taskList(new TaskList("a_tasks"))
                        .decisionTaskCompletedEventId(4).startToCloseTimeout(Timeout.ofSeconds(30))
                        .heartbeatTimeout(Timeout.NONE).input("say \"hi\"\n").build()),
                new HistoryEvent(7, t.plusSeconds(1), new ActivityTaskCompleted(null, 5, 6))));

        assertThat(json).startsWith("{\"events\":[{\"eventId\":5,\"eventTimestamp\":1420113600.25,"
                + "\"eventType\":\"ActivityTaskScheduled\",\"activityTaskScheduledEventAttributes\":{");
        Map<String, Object> parsed = new Yaml().load(json);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> events = (List<Map<String, Object>>) parsed.get("events");
        assertThat(events.get(0).get("activityTaskScheduledEventAttributes")).isEqualTo(Map.of(
                "activityId", "A-1",
                "activityType", Map.of("name", "script-a", "version", "1"),
                "decisionTaskCompletedEventId", 4,
                "heartbeatTimeout", "NONE",
                "input", "say \"hi\"\n",
                "startToCloseTimeout", "30",
                "taskList", Map.of("name", "a_tasks")));
        assertThat(events.get(1).get("activityTaskCompletedEventAttributes"))
                .isEqualTo(Map.of("scheduledEventId", 5, "startedEventId", 6));
    }
}
