package dev.swfrelay.emulator.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.swfrelay.core.api.RespondDecisionTaskCompletedRequest;
import dev.swfrelay.core.model.ActivityType;
import dev.swfrelay.core.model.HistoryEvent;
import dev.swfrelay.core.model.TaskList;
import dev.swfrelay.core.model.Timeout;
import dev.swfrelay.core.model.decision.CompleteWorkflowExecution;
import dev.swfrelay.core.model.decision.ScheduleActivityTask;
import dev.swfrelay.core.model.event.ActivityTaskCompleted;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The codec's own shapes: timeouts, timestamps, history events and decisions. */
class SwfJsonTest {

    private final ObjectMapper mapper = SwfJson.mapper();

    @Test
    void historyEventCarriesTypeTimestampAndAttributesUnderTheirMember() throws Exception {
        HistoryEvent event = new HistoryEvent(7, Instant.parse("2015-01-01T12:00:00.250Z"),
                ActivityTaskCompleted.builder().result("ok").scheduledEventId(5L).startedEventId(6L).build());
        assertThat(mapper.writeValueAsString(event)).isEqualTo("{\"eventId\":7,\"eventTimestamp\":1420113600.25,"
                + "\"eventType\":\"ActivityTaskCompleted\",\"activityTaskCompletedEventAttributes\":"
                + "{\"result\":\"ok\",\"scheduledEventId\":5,\"startedEventId\":6}}");
    }

    @Test
    void wholeSecondTimestampsStillCarryAFraction() throws Exception {
        assertThat(mapper.writeValueAsString(Instant.parse("2015-01-01T12:00:00Z"))).isEqualTo("1420113600.0");
        assertThat(mapper.readValue("1420113600.123", Instant.class)).isEqualTo(Instant.parse("2015-01-01T12:00:00.123Z"));
        assertThat(mapper.readValue("1420113600", Instant.class)).isEqualTo(Instant.parse("2015-01-01T12:00:00Z"));
    }

    @Test
    void timestampsAreWrittenAsTheExactDecimalOfTheirEpochSeconds() throws Exception {
        Random seeded = new Random(22);
        List<Instant> instants = new ArrayList<>(List.of(Instant.EPOCH,
                Instant.ofEpochSecond(0, 1), Instant.ofEpochSecond(0, 500_000_000), Instant.ofEpochSecond(1),
                Instant.ofEpochSecond(1, 1), Instant.ofEpochSecond(-5, 500_000_000), Instant.ofEpochSecond(9, 100),
                Instant.parse("2015-01-01T12:00:00.000000010Z"), Instant.parse("9999-12-31T23:59:59.999999999Z")));
        for (int i = 0; i < 10_000; i++) {
            int nanos = switch (i % 4) {
                case 0 -> seeded.nextInt(1_000_000_000);
                case 1 -> seeded.nextInt(1_000) * 1_000_000;
                case 2 -> seeded.nextInt(1_000_000) * 1_000;
                default -> 0;
            };
            instants.add(Instant.ofEpochSecond(seeded.nextInt(Integer.MAX_VALUE) + 1L, nanos));
        }
        for (Instant instant : instants) {
            BigDecimal exact = BigDecimal.valueOf(instant.getEpochSecond())
                    .add(BigDecimal.valueOf(instant.getNano(), 9)).stripTrailingZeros();
            String expected = (exact.scale() <= 0 ? exact.setScale(1) : exact).toString();
            assertThat(mapper.writeValueAsString(instant)).as("%s", instant).isEqualTo(expected);
            assertThat(mapper.readValue(expected, Instant.class)).isEqualTo(instant);
        }
    }

    @Test
    void timeoutsAreNoneOrSecondsAsStrings() throws Exception {
        assertThat(mapper.writeValueAsString(Timeout.NONE)).isEqualTo("\"NONE\"");
        assertThat(mapper.writeValueAsString(Timeout.ofSeconds(3600))).isEqualTo("\"3600\"");
        assertThat(mapper.readValue("\"NONE\"", Timeout.class)).isEqualTo(Timeout.NONE);
        assertThat(mapper.readValue("\"30\"", Timeout.class)).isEqualTo(Timeout.ofSeconds(30));
    }

    @Test
    void decisionsAreReadByTheirTypeFromTheirAttributesMember() throws Exception {
        RespondDecisionTaskCompletedRequest request = mapper.readValue("{\"taskToken\":\"t\",\"decisions\":["
                + "{\"decisionType\":\"ScheduleActivityTask\",\"scheduleActivityTaskDecisionAttributes\":"
                + "{\"activityId\":\"a\",\"activityType\":{\"name\":\"x\",\"version\":\"1\"},\"taskList\":{\"name\":\"l\"},"
                + "\"heartbeatTimeout\":\"NONE\",\"startToCloseTimeout\":\"60\"}},"
                + "{\"decisionType\":\"CompleteWorkflowExecution\",\"completeWorkflowExecutionDecisionAttributes\":{}},"
                + "{\"decisionType\":\"CompleteWorkflowExecution\"}]}", RespondDecisionTaskCompletedRequest.class);
        assertThat(request.decisions()).containsExactly(
                ScheduleActivityTask.builder().activityId("a").activityType(new ActivityType("x", "1"))
                        .taskList(new TaskList("l")).heartbeatTimeout(Timeout.NONE)
                        .startToCloseTimeout(Timeout.ofSeconds(60)).build(),
                new CompleteWorkflowExecution(null),
                new CompleteWorkflowExecution(null));
    }

    @Test
    void absentMembersAreOmittedFromAnswers() throws Exception {
        assertThat(mapper.writeValueAsString(new TaskList("l"))).isEqualTo("{\"name\":\"l\"}");
        assertThat(mapper.writeValueAsString(new CompleteWorkflowExecution(null))).isEqualTo(
                "{\"decisionType\":\"CompleteWorkflowExecution\",\"completeWorkflowExecutionDecisionAttributes\":{}}");
    }

    @Test
    void decisionsAreWrittenAsDecidersSendThemAndReadBack() throws Exception {
        ScheduleActivityTask schedule = ScheduleActivityTask.builder().activityId("a").activityType(new ActivityType("x", "1"))
                .taskList(new TaskList("l")).startToCloseTimeout(Timeout.ofSeconds(60)).build();

        String json = mapper.writeValueAsString(schedule);

        assertThat(json).isEqualTo("{\"decisionType\":\"ScheduleActivityTask\",\"scheduleActivityTaskDecisionAttributes\":"
                + "{\"activityId\":\"a\",\"activityType\":{\"name\":\"x\",\"version\":\"1\"},"
                + "\"startToCloseTimeout\":\"60\",\"taskList\":{\"name\":\"l\"}}}");
        assertThat(mapper.readValue(json, dev.swfrelay.core.model.decision.Decision.class)).isEqualTo(schedule);
    }
}
