package dev.swfrelay.emulator.engine.activity;

import dev.swfrelay.emulator.engine.activity.state.ActivityState;
import dev.swfrelay.emulator.engine.shared.EngineParts;
import dev.swfrelay.emulator.engine.run.state.Execution;
import dev.swfrelay.emulator.engine.shared.LongPolls;
import dev.swfrelay.emulator.engine.shared.TaskToken;
import dev.swfrelay.emulator.engine.shared.TaskTokens;
import dev.swfrelay.emulator.engine.throttle.SwfQuotas;
import dev.swfrelay.core.api.CountPendingActivityTasksRequest;
import dev.swfrelay.core.api.PollForActivityTaskRequest;
import dev.swfrelay.core.api.RecordActivityTaskHeartbeatRequest;
import dev.swfrelay.core.api.RespondActivityTaskCanceledRequest;
import dev.swfrelay.core.api.RespondActivityTaskCompletedRequest;
import dev.swfrelay.core.api.RespondActivityTaskFailedRequest;
import dev.swfrelay.core.model.ActivityTask;
import dev.swfrelay.core.model.ActivityTaskStatus;
import dev.swfrelay.core.model.PendingTaskCount;
import dev.swfrelay.core.model.event.ActivityTaskCanceled;
import dev.swfrelay.core.model.event.ActivityTaskCompleted;
import dev.swfrelay.core.model.event.ActivityTaskFailed;
import dev.swfrelay.core.model.event.EventAttributes;
import dev.swfrelay.core.model.Faults;
import dev.swfrelay.emulator.engine.task.Poll;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The worker-facing operations on activity tasks: the long poll, heartbeats, the three answers
 * (each the task's closing event, recorded under its run's lock) and the pending count.
 */
public final class ActivityOperations {

    private static final ActivityTask EMPTY_ACTIVITY = new ActivityTask(null, null, null, 0, null, null);

    private final EngineParts parts;
    private final ActivityTasks activityTasks;

    public ActivityOperations(EngineParts parts, ActivityTasks activityTasks) {
        this.parts = parts;
        this.activityTasks = activityTasks;
    }

    public CompletableFuture<ActivityTask> pollForActivityTask(PollForActivityTaskRequest r) {
        Faults.required(r.taskList(), "taskList");
        parts.domains.get(r.domain());
        Poll<ActivityTask> poll = new Poll<>(new CompletableFuture<>(), r.identity(), 0, false, false);
        return LongPolls.park(parts, parts.taskLists.activities(r.domain(), r.taskList().name()), poll,
                EMPTY_ACTIVITY);
    }

    public ActivityTaskStatus heartbeat(RecordActivityTaskHeartbeatRequest r) {
        TaskTokens.Claim claim = parts.tokens.claim(r.taskToken(), TaskToken.Kind.ACTIVITY);
        Execution e = claim.run();
        parts.admit(e, SwfQuotas.Run.RECORD_ACTIVITY_TASK_HEARTBEAT);
        return parts.locked(e, () -> new ActivityTaskStatus(
                activityTasks.heartbeat(e, claim.activity(), r.details())));
    }

    public void completed(RespondActivityTaskCompletedRequest r) {
        answer(r.taskToken(), a -> new ActivityTaskCompleted(r.result(), a.scheduledEventId(), a.startedEventId()));
    }

    public void failed(RespondActivityTaskFailedRequest r) {
        answer(r.taskToken(), a -> new ActivityTaskFailed(r.details(), r.reason(), a.scheduledEventId(), a.startedEventId()));
    }

    public void canceled(RespondActivityTaskCanceledRequest r) {
        answer(r.taskToken(), a -> new ActivityTaskCanceled(r.details(),
                a.latestCancelRequestedEventId() == 0 ? null : a.latestCancelRequestedEventId(),
                a.scheduledEventId(), a.startedEventId()));
    }

    public PendingTaskCount pendingActivities(CountPendingActivityTasksRequest r) {
        parts.domains.get(r.domain());
        Faults.required(r.taskList(), "taskList");
        return new PendingTaskCount(parts.taskLists.activities(r.domain(), r.taskList().name()).pending(), false);
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
