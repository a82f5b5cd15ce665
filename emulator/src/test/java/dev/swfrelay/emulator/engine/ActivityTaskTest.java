package dev.swfrelay.emulator.engine;

import static dev.swfrelay.emulator.engine.EngineFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.swfrelay.core.api.*;
import dev.swfrelay.core.model.*;
import dev.swfrelay.core.model.decision.RequestCancelActivityTask;
import dev.swfrelay.core.model.decision.ScheduleActivityTask;
import dev.swfrelay.core.model.event.*;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ActivityTaskTest {

    private final EngineFixture f = new EngineFixture();

    @AfterEach
    void close() {
        f.close();
    }

    private WorkflowExecution startWithActivity(ScheduleActivityTask decision) {
        WorkflowExecution run = f.start("wf");
        f.decide(f.pollDecision().taskToken(), decision);
        return run;
    }

    @Test
    void scheduledStartedCompletedCarryExactAttributes() {
        WorkflowExecution run = startWithActivity(activity("a1").toBuilder().control("ctl").build());
        assertThat(f.event(run, 5).attributes()).isEqualTo(new ActivityTaskScheduled("a1", ACTIVITY, "ctl", 4,
                Timeout.NONE, "input-a1", Timeout.ofSeconds(600), Timeout.ofSeconds(300), Timeout.ofSeconds(120),
                ACTIVITIES, "0"));
        ActivityTask task = f.pollActivity();
        assertThat(task.activityId()).isEqualTo("a1");
        assertThat(task.activityType()).isEqualTo(ACTIVITY);
        assertThat(task.input()).isEqualTo("input-a1");
        assertThat(task.startedEventId()).isEqualTo(6);
        assertThat(task.workflowExecution()).isEqualTo(run);
        assertThat(f.event(run, 6).attributes()).isEqualTo(new ActivityTaskStarted("worker", 5));
        f.completeActivity(task.taskToken(), "result-1");
        assertThat(f.event(run, 7).attributes()).isEqualTo(new ActivityTaskCompleted("result-1", 5, 6));
        assertThat(f.event(run, 8).attributes()).isEqualTo(new DecisionTaskScheduled(null, Timeout.ofSeconds(30),
                DECISIONS, "0"));
        assertThat(f.describe(run).latestActivityTaskTimestamp()).isEqualTo(T0);
    }

    @Test
    void failedAndStaleTokens() {
        startWithActivity(activity("a1"));
        ActivityTask task = f.pollActivity();
        f.swf.respondActivityTaskFailed(new RespondActivityTaskFailedRequest("det", "why", task.taskToken()));
        assertThatThrownBy(() -> f.completeActivity(task.taskToken(), "again"))
                .isInstanceOfSatisfying(SwfFault.class, e -> assertThat(e.type()).isEqualTo(FaultType.UnknownResourceFault));
        assertThatThrownBy(() -> f.swf.recordActivityTaskHeartbeat(new RecordActivityTaskHeartbeatRequest(null,
                task.taskToken()))).isInstanceOfSatisfying(SwfFault.class,
                        e -> assertThat(e.type()).isEqualTo(FaultType.UnknownResourceFault));
    }

    @Test
    void scheduleFailuresCarrySwfsCauses() {
        WorkflowExecution run = f.start("wf");
        f.swf.registerActivityType(RegisterActivityTypeRequest.builder().domain(DOMAIN).name("bare").version("1").build());
        f.swf.registerActivityType(RegisterActivityTypeRequest.builder().domain(DOMAIN).name("old").version("1")
                .defaultTaskList(ACTIVITIES).build());
        f.swf.deprecateActivityType(new DeprecateActivityTypeRequest(new ActivityType("old", "1"), DOMAIN));
        f.decide(f.pollDecision().taskToken(), activity("a1"), activity("a1"),
                ScheduleActivityTask.builder().activityId("x").activityType(new ActivityType("missing", "1")).build(),
                ScheduleActivityTask.builder().activityId("y").activityType(new ActivityType("old", "1")).build(),
                ScheduleActivityTask.builder().activityId("z").activityType(new ActivityType("bare", "1")).build(),
                ScheduleActivityTask.builder().activityId("w").activityType(new ActivityType("bare", "1"))
                        .taskList(ACTIVITIES).build());
        assertThat(f.event(run, 6).attributes()).isEqualTo(new ScheduleActivityTaskFailed("a1", ACTIVITY,
                ScheduleActivityTaskFailedCause.ACTIVITY_ID_ALREADY_IN_USE, 4));
        assertThat(f.event(run, 7).attributes(ScheduleActivityTaskFailed.class).cause())
                .isEqualTo(ScheduleActivityTaskFailedCause.ACTIVITY_TYPE_DOES_NOT_EXIST);
        assertThat(f.event(run, 8).attributes(ScheduleActivityTaskFailed.class).cause())
                .isEqualTo(ScheduleActivityTaskFailedCause.ACTIVITY_TYPE_DEPRECATED);
        assertThat(f.event(run, 9).attributes(ScheduleActivityTaskFailed.class).cause())
                .isEqualTo(ScheduleActivityTaskFailedCause.DEFAULT_TASK_LIST_UNDEFINED);
        assertThat(f.event(run, 10).attributes(ScheduleActivityTaskFailed.class).cause())
                .isEqualTo(ScheduleActivityTaskFailedCause.DEFAULT_SCHEDULE_TO_CLOSE_TIMEOUT_UNDEFINED);
        assertThat(f.event(run, 11).eventType()).isEqualTo(EventType.DecisionTaskScheduled);
    }

    @Test
    void heartbeatReportsCancelRequestedAndCancelEndsTheTask() {
        WorkflowExecution run = startWithActivity(activity("a1"));
        ActivityTask task = f.pollActivity();
        assertThat(f.swf.recordActivityTaskHeartbeat(new RecordActivityTaskHeartbeatRequest("50%", task.taskToken()))
                .cancelRequested()).isFalse();
        f.decide(f.pollDecisionAfterSignal(run), new RequestCancelActivityTask("a1"));
        long requested = f.history(run).stream().filter(e -> e.eventType() == EventType.ActivityTaskCancelRequested)
                .findFirst().orElseThrow().eventId();
        assertThat(f.swf.recordActivityTaskHeartbeat(new RecordActivityTaskHeartbeatRequest(null, task.taskToken()))
                .cancelRequested()).isTrue();
        f.swf.respondActivityTaskCanceled(new RespondActivityTaskCanceledRequest("stopped", task.taskToken()));
        assertThat(f.last(run).eventType()).isEqualTo(EventType.DecisionTaskScheduled);
        assertThat(f.history(run).get(f.history(run).size() - 2).attributes())
                .isEqualTo(new ActivityTaskCanceled("stopped", requested, 5, 6));
    }

    @Test
    void cancellingAnActivityNotYetStartedCancelsItAtOnce() {
        WorkflowExecution run = startWithActivity(activity("a1"));
        f.decide(f.pollDecisionAfterSignal(run), new RequestCancelActivityTask("a1"), new RequestCancelActivityTask("zz"));
        long completed = f.history(run).stream().filter(e -> e.eventType() == EventType.DecisionTaskCompleted)
                .reduce((a, b) -> b).orElseThrow().eventId();
        assertThat(f.event(run, completed + 1).attributes()).isEqualTo(new ActivityTaskCancelRequested("a1", completed));
        assertThat(f.event(run, completed + 2).attributes()).isEqualTo(new ActivityTaskCanceled(null, completed + 1, 5, 0));
        assertThat(f.event(run, completed + 3).attributes()).isEqualTo(new RequestCancelActivityTaskFailed("zz",
                RequestCancelActivityTaskFailedCause.ACTIVITY_ID_UNKNOWN, completed));
        assertThat(f.swf.countPendingActivityTasks(new CountPendingActivityTasksRequest(DOMAIN, ACTIVITIES)).count()).isZero();
    }

    @Test
    void higherPriorityIsDeliveredFirstThenSchedulingOrder() {
        WorkflowExecution run = f.start("wf");
        f.decide(f.pollDecision().taskToken(), activity("low"), activity("high").toBuilder().taskPriority("10").build(),
                activity("low2"));
        assertThat(f.swf.countPendingActivityTasks(new CountPendingActivityTasksRequest(DOMAIN, ACTIVITIES)).count())
                .isEqualTo(3);
        assertThat(f.pollActivity().activityId()).isEqualTo("high");
        assertThat(f.pollActivity().activityId()).isEqualTo("low");
        assertThat(f.pollActivity().activityId()).isEqualTo("low2");
        assertThat(f.describe(run).openCounts().openActivityTasks()).isEqualTo(3);
    }
}
