package dev.swfrelay.emulator.engine.execution;

import dev.swfrelay.emulator.engine.throttle.SwfQuotas;
import dev.swfrelay.emulator.engine.decision.DecisionSlot;
import dev.swfrelay.emulator.engine.activity.ActivityState;
import dev.swfrelay.emulator.engine.run.Execution;
import dev.swfrelay.core.api.CountPendingActivityTasksRequest;
import dev.swfrelay.core.api.CountPendingDecisionTasksRequest;
import dev.swfrelay.core.api.PollForActivityTaskRequest;
import dev.swfrelay.core.api.PollForDecisionTaskRequest;
import dev.swfrelay.core.api.RecordActivityTaskHeartbeatRequest;
import dev.swfrelay.core.api.RespondActivityTaskCanceledRequest;
import dev.swfrelay.core.api.RespondActivityTaskCompletedRequest;
import dev.swfrelay.core.api.RespondActivityTaskFailedRequest;
import dev.swfrelay.core.api.RespondDecisionTaskCompletedRequest;
import dev.swfrelay.core.model.ActivityTask;
import dev.swfrelay.core.model.ActivityTaskStatus;
import dev.swfrelay.core.model.DecisionTask;
import dev.swfrelay.core.model.PendingTaskCount;
import dev.swfrelay.core.model.event.ActivityTaskCanceled;
import dev.swfrelay.core.model.event.ActivityTaskCompleted;
import dev.swfrelay.core.model.event.ActivityTaskFailed;
import dev.swfrelay.core.model.event.EventAttributes;
import dev.swfrelay.core.model.Faults;
import dev.swfrelay.emulator.engine.registry.Pages;
import dev.swfrelay.emulator.engine.task.Poll;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** The task-facing operations: long polls, heartbeats, answers, and pending counts. */
final class TaskOperations {

    private static final ActivityTask EMPTY_ACTIVITY = new ActivityTask(null, null, null, 0, null, null);

    private final EngineParts parts;
    private final DecisionResponder responder;
    private final ActivityTasks activityTasks;

    TaskOperations(EngineParts parts, DecisionResponder responder, ActivityTasks activityTasks) {
        this.parts = parts;
        this.responder = responder;
        this.activityTasks = activityTasks;
    }

    CompletableFuture<DecisionTask> pollForDecisionTask(PollForDecisionTaskRequest r) {
        Faults.required(r.taskList(), "taskList");
        parts.domains.get(r.domain());
        int pageSize = Pages.pageSize(r.maximumPageSize(), parts.settings.limits().maxPageSize());
        if (r.nextPageToken() != null) {
            return CompletableFuture.completedFuture(nextPage(r.nextPageToken()));
        }
        Poll<DecisionTask> poll = new Poll<>(new CompletableFuture<>(), r.identity(), pageSize,
                Boolean.TRUE.equals(r.reverseOrder()), Boolean.TRUE.equals(r.startAtPreviousStartedEvent()));
        DecisionTask empty = new DecisionTask(null, null, null, 0, null, null, null);
        return LongPolls.park(parts, parts.taskLists.decisions(r.domain(), r.taskList().name()), poll, empty);
    }

    private DecisionTask nextPage(String pageToken) {
        DecisionPages.Cursor cursor = DecisionPages.Cursor.decode(pageToken);
        Execution e = parts.tokens.claim(cursor.taskToken(), TaskToken.Kind.DECISION).run();
        return e.locked(() -> {
            DecisionSlot slot = e.decision();
            if (slot.token() == null || !slot.token().equals(cursor.taskToken())) {
                throw TaskTokens.unknown(cursor.taskToken());
            }
            return DecisionPages.page(e, cursor, slot.startedEventId(), slot.previousStartedEventId());
        });
    }

    void respondDecisionTaskCompleted(RespondDecisionTaskCompletedRequest r) {
        responder.respond(r);
    }

    CompletableFuture<ActivityTask> pollForActivityTask(PollForActivityTaskRequest r) {
        Faults.required(r.taskList(), "taskList");
        parts.domains.get(r.domain());
        Poll<ActivityTask> poll = new Poll<>(new CompletableFuture<>(), r.identity(), 0, false, false);
        return LongPolls.park(parts, parts.taskLists.activities(r.domain(), r.taskList().name()), poll,
                EMPTY_ACTIVITY);
    }

    ActivityTaskStatus heartbeat(RecordActivityTaskHeartbeatRequest r) {
        TaskTokens.Claim claim = parts.tokens.claim(r.taskToken(), TaskToken.Kind.ACTIVITY);
        Execution e = claim.run();
        parts.admit(e, SwfQuotas.Run.RECORD_ACTIVITY_TASK_HEARTBEAT);
        return parts.locked(e, () -> new ActivityTaskStatus(
                activityTasks.heartbeat(e, claim.activity(), r.details())));
    }

    void completed(RespondActivityTaskCompletedRequest r) {
        answer(r.taskToken(), a -> new ActivityTaskCompleted(r.result(), a.scheduledEventId(), a.startedEventId()));
    }

    void failed(RespondActivityTaskFailedRequest r) {
        answer(r.taskToken(), a -> new ActivityTaskFailed(r.details(), r.reason(), a.scheduledEventId(), a.startedEventId()));
    }

    void canceled(RespondActivityTaskCanceledRequest r) {
        answer(r.taskToken(), a -> new ActivityTaskCanceled(r.details(),
                a.latestCancelRequestedEventId() == 0 ? null : a.latestCancelRequestedEventId(),
                a.scheduledEventId(), a.startedEventId()));
    }

    PendingTaskCount pendingActivities(CountPendingActivityTasksRequest r) {
        parts.domains.get(r.domain());
        Faults.required(r.taskList(), "taskList");
        return new PendingTaskCount(parts.taskLists.activities(r.domain(), r.taskList().name()).pending(), false);
    }

    PendingTaskCount pendingDecisions(CountPendingDecisionTasksRequest r) {
        parts.domains.get(r.domain());
        Faults.required(r.taskList(), "taskList");
        return new PendingTaskCount(parts.taskLists.decisions(r.domain(), r.taskList().name()).pending(), false);
    }

    /** An activity's answer: the token decoded once, the run's lock taken once. */
    private void answer(String token, Function<ActivityState, EventAttributes> outcome) {
        TaskTokens.Claim claim = parts.tokens.claim(token, TaskToken.Kind.ACTIVITY);
        Execution e = claim.run();
        parts.locked(e, () -> {
            e.append(parts.clock.now(), outcome.apply(claim.activity()));
        });
    }
}
