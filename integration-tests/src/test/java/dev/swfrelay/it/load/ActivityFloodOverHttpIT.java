package dev.swfrelay.it.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.swfrelay.emulator.SwfEmulatorServer;
import dev.swfrelay.it.bench.load.ActivityFlood;
import dev.swfrelay.it.bench.load.FloodPlan;
import dev.swfrelay.it.bench.load.FloodResult;
import dev.swfrelay.it.bench.load.OneConnectionClients;
import dev.swfrelay.it.bench.load.WireStatuses;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.EventType;
import software.amazon.awssdk.services.swf.model.HistoryEvent;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionInfo;

/**
 * 64 SDK v2 clients, each on its own connection, drain 10,000 activity tasks over HTTP from
 * the emulator's server: 100 executions each schedule 100 activities in one decision, on one
 * task list. Every task is delivered exactly once (no task token twice, no activity handed
 * out twice), every answer on the wire is a 200 (the clients never retry, so nothing is
 * hidden), and every history shows each activity scheduled, started and completed exactly
 * once, and the execution completed. The figures of the same workload come from
 * {@code scripts/bench.sh load}, not from here.
 */
class ActivityFloodOverHttpIT {

    private static final FloodPlan PLAN = new FloodPlan(100, 100, 64, 4, Duration.ofSeconds(120));

    @Test
    void sixtyFourConnectionsDrainTenThousandTasksEachDeliveredOnce() throws Exception {
        try (SwfEmulatorServer server = SwfEmulatorServer.builder().pollHold(Duration.ofSeconds(1)).build().start()) {
            FloodResult flood = ActivityFlood.run(server.uri(), PLAN);
            System.out.println("activity flood: " + flood.json("see /proc/loadavg"));

            assertThat(flood.clientFailures()).as("failures the clients raised").isEmpty();
            assertThat(flood.wireErrors()).as("answers that were not 200").isEmpty();
            assertThat(flood.closedExecutions()).isEqualTo(PLAN.executions());
            assertThat(flood.completedTasks()).isEqualTo(PLAN.tasks());
            assertThat(flood.distinctTokens()).isEqualTo(PLAN.tasks());
            assertThat(flood.duplicateTokens()).isZero();
            assertThat(flood.distinctActivities()).isEqualTo(PLAN.tasks());
            assertThat(flood.redelivered()).isEmpty();
            assertThat(flood.wireAnswers()).as("at least a poll and a completion per task")
                    .isGreaterThanOrEqualTo(2L * PLAN.tasks());

            try (SwfClient swf = new OneConnectionClients(server.uri(), new WireStatuses()).client()) {
                List<WorkflowExecutionInfo> closed = closedExecutions(swf);
                assertThat(closed).hasSize(PLAN.executions())
                        .allSatisfy(info -> assertThat(info.closeStatusAsString()).isEqualTo("COMPLETED"));
                long failedCloses = closed.stream().map(info -> history(swf, info)).peek(
                        ActivityFloodOverHttpIT::assertEachActivityRanOnce).filter(events -> events.stream().anyMatch(
                        e -> e.eventType() == EventType.COMPLETE_WORKFLOW_EXECUTION_FAILED)).count();
                System.out.println("activity flood: runs whose first close decision failed (UNHANDLED_DECISION): "
                        + failedCloses);
                assertThat(swf.countOpenWorkflowExecutions(r -> r.domain("load")
                        .startTimeFilter(f -> f.oldestDate(java.time.Instant.EPOCH))).count()).isZero();
            }
        }
    }

    private static List<WorkflowExecutionInfo> closedExecutions(SwfClient swf) {
        return swf.listClosedWorkflowExecutionsPaginator(r -> r.domain("load")
                        .startTimeFilter(f -> f.oldestDate(java.time.Instant.EPOCH)))
                .executionInfos().stream().toList();
    }

    private static List<HistoryEvent> history(SwfClient swf, WorkflowExecutionInfo info) {
        return swf.getWorkflowExecutionHistoryPaginator(r -> r.domain("load").execution(info.execution()))
                .events().stream().toList();
    }

    /** Per activity id: one ActivityTaskScheduled, one Started, one Completed; no timeout or failure; one close. */
    private static void assertEachActivityRanOnce(List<HistoryEvent> events) {
        Map<Long, String> activityOfScheduled = events.stream()
                .filter(e -> e.eventType() == EventType.ACTIVITY_TASK_SCHEDULED)
                .collect(Collectors.toMap(HistoryEvent::eventId,
                        e -> e.activityTaskScheduledEventAttributes().activityId()));
        assertThat(activityOfScheduled.values()).as("activities scheduled").doesNotHaveDuplicates()
                .hasSize(PLAN.activitiesPerExecution());
        assertThat(countBy(events, EventType.ACTIVITY_TASK_STARTED,
                e -> activityOfScheduled.get(e.activityTaskStartedEventAttributes().scheduledEventId())))
                .as("starts per activity").hasSize(PLAN.activitiesPerExecution()).allSatisfy((id, n) -> assertThat(n).isOne());
        assertThat(countBy(events, EventType.ACTIVITY_TASK_COMPLETED,
                e -> activityOfScheduled.get(e.activityTaskCompletedEventAttributes().scheduledEventId())))
                .as("completions per activity").hasSize(PLAN.activitiesPerExecution()).allSatisfy((id, n) -> assertThat(n).isOne());
        assertThat(events).extracting(HistoryEvent::eventType)
                .doesNotContain(EventType.ACTIVITY_TASK_TIMED_OUT, EventType.ACTIVITY_TASK_FAILED,
                        EventType.DECISION_TASK_TIMED_OUT)
                .containsOnlyOnce(EventType.WORKFLOW_EXECUTION_COMPLETED)
                .last().isEqualTo(EventType.WORKFLOW_EXECUTION_COMPLETED);
    }

    private static Map<String, Long> countBy(List<HistoryEvent> events, EventType type, Function<HistoryEvent, String> key) {
        return events.stream().filter(e -> e.eventType() == type).collect(Collectors.groupingBy(key, Collectors.counting()));
    }
}
