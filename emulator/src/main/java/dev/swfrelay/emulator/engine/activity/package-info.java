/**
 * The activity task, all of it. Its state machine is {@link dev.swfrelay.emulator.engine.activity.state.ActivityState}
 * (in {@code activity.state}, below the run, whose fold moves it); here are its services:
 * {@link dev.swfrelay.emulator.engine.activity.ActivityDecisions} (the ScheduleActivityTask and RequestCancelActivityTask
 * decisions and their failure causes), {@link dev.swfrelay.emulator.engine.activity.ActivityTasks} (on its task list, started
 * by a poll, its four timeouts, heartbeats; {@link dev.swfrelay.emulator.engine.activity.QueuedActivity} is its list entry)
 * and {@link dev.swfrelay.emulator.engine.activity.ActivityOperations} (the worker's calls: PollForActivityTask,
 * RecordActivityTaskHeartbeat, RespondActivityTask{Completed,Failed,Canceled},
 * CountPendingActivityTasks).
 *
 * <p>Moved by: ActivityTaskScheduled, ActivityTaskStarted, ActivityTaskCancelRequested, then one
 * of ActivityTaskCompleted, ActivityTaskFailed, ActivityTaskTimedOut, ActivityTaskCanceled.
 */
package dev.swfrelay.emulator.engine.activity;
