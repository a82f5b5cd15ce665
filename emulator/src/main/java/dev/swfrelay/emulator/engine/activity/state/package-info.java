/**
 * The activity task's state machine ({@link dev.swfrelay.emulator.engine.activity.state.ActivityState}): scheduled,
 * started, cancel requested, closed; its four deadlines and its last heartbeat. Moved by the run's
 * fold only (ActivityTaskScheduled, ActivityTaskStarted, ActivityTaskCancelRequested,
 * ActivityTaskCompleted, ActivityTaskFailed, ActivityTaskTimedOut, ActivityTaskCanceled); its
 * services are in {@code engine.activity}.
 */
package dev.swfrelay.emulator.engine.activity.state;
