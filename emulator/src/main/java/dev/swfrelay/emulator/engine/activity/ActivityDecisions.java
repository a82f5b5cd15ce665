package dev.swfrelay.emulator.engine.activity;

import dev.swfrelay.emulator.engine.activity.state.ActivityState;
import dev.swfrelay.emulator.engine.shared.EngineParts;
import dev.swfrelay.emulator.engine.run.state.Execution;
import dev.swfrelay.emulator.engine.registry.RegisteredType;
import dev.swfrelay.core.model.ActivityType;
import dev.swfrelay.core.model.ActivityTypeConfiguration;
import dev.swfrelay.core.model.RequestCancelActivityTaskFailedCause;
import dev.swfrelay.core.model.ScheduleActivityTaskFailedCause;
import dev.swfrelay.core.model.TaskList;
import dev.swfrelay.core.model.Timeout;
import dev.swfrelay.core.model.decision.RequestCancelActivityTask;
import dev.swfrelay.core.model.decision.ScheduleActivityTask;
import dev.swfrelay.core.model.event.ActivityTaskCancelRequested;
import dev.swfrelay.core.model.event.ActivityTaskScheduled;
import dev.swfrelay.core.model.event.RequestCancelActivityTaskFailed;
import dev.swfrelay.core.model.event.ScheduleActivityTaskFailed;

/**
 * The ScheduleActivityTask and RequestCancelActivityTask decisions, with SWF's failure causes.
 * The task list and the three schedule/start/close timeouts must come from the decision or the
 * type's defaults; a heartbeat timeout is optional (none when neither gives one).
 */
public final class ActivityDecisions {

    private final EngineParts parts;
    private final ActivityTasks activityTasks;

    public ActivityDecisions(EngineParts parts, ActivityTasks activityTasks) {
        this.parts = parts;
        this.activityTasks = activityTasks;
    }

    public void schedule(Execution e, ScheduleActivityTask d, long completed) {
        ActivityType type = d.activityType();
        RegisteredType<ActivityTypeConfiguration> registered =
                parts.domains.get(e.domain()).activityTypes().find(type.name(), type.version());
        ScheduleActivityTaskFailedCause cause = null;
        if (registered == null) {
            cause = ScheduleActivityTaskFailedCause.ACTIVITY_TYPE_DOES_NOT_EXIST;
        } else if (registered.deprecated()) {
            cause = ScheduleActivityTaskFailedCause.ACTIVITY_TYPE_DEPRECATED;
        } else if (e.open().activity(d.activityId()) != null) {
            cause = ScheduleActivityTaskFailedCause.ACTIVITY_ID_ALREADY_IN_USE;
        } else if (e.open().activityCount() >= parts.settings.limits().maxOpenActivities()) {
            cause = ScheduleActivityTaskFailedCause.OPEN_ACTIVITIES_LIMIT_EXCEEDED;
        }
        ActivityTypeConfiguration c = registered == null ? null : registered.configuration();
        TaskList taskList = c == null ? null : or(d.taskList(), c.defaultTaskList());
        Timeout toClose = c == null ? null : or(d.scheduleToCloseTimeout(), c.defaultTaskScheduleToCloseTimeout());
        Timeout toStart = c == null ? null : or(d.scheduleToStartTimeout(), c.defaultTaskScheduleToStartTimeout());
        Timeout startToClose = c == null ? null : or(d.startToCloseTimeout(), c.defaultTaskStartToCloseTimeout());
        Timeout heartbeat = c == null ? null : or(or(d.heartbeatTimeout(), c.defaultTaskHeartbeatTimeout()), Timeout.NONE);
        if (cause == null) {
            cause = taskList == null ? ScheduleActivityTaskFailedCause.DEFAULT_TASK_LIST_UNDEFINED
                    : toClose == null ? ScheduleActivityTaskFailedCause.DEFAULT_SCHEDULE_TO_CLOSE_TIMEOUT_UNDEFINED
                    : toStart == null ? ScheduleActivityTaskFailedCause.DEFAULT_SCHEDULE_TO_START_TIMEOUT_UNDEFINED
                    : startToClose == null ? ScheduleActivityTaskFailedCause.DEFAULT_START_TO_CLOSE_TIMEOUT_UNDEFINED : null;
        }
        if (cause != null) {
            e.append(parts.clock.now(), new ScheduleActivityTaskFailed(d.activityId(), type, cause, completed));
            return;
        }
        String priority = or(d.taskPriority(), c.defaultTaskPriority());
        long scheduled = e.append(parts.clock.now(), new ActivityTaskScheduled(d.activityId(), type, d.control(),
                completed, heartbeat, d.input(), toClose, toStart, startToClose, taskList, priority));
        activityTasks.enqueue(e, e.open().activityScheduledAs(scheduled), parts.clock.now());
    }

    public void requestCancel(Execution e, RequestCancelActivityTask d, long completed) {
        ActivityState a = e.open().activity(d.activityId());
        if (a == null) {
            e.append(parts.clock.now(), new RequestCancelActivityTaskFailed(d.activityId(),
                    RequestCancelActivityTaskFailedCause.ACTIVITY_ID_UNKNOWN, completed));
            return;
        }
        long requested = e.append(parts.clock.now(), new ActivityTaskCancelRequested(d.activityId(), completed));
        activityTasks.cancelIfNotStarted(e, a, requested);
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
