package dev.swfrelay.emulator.engine.execution;

import dev.swfrelay.emulator.engine.clock.Deadline;

/** One open timer: the TimerStarted event's id and its firing deadline. */
record TimerState(String timerId, long startedEventId, Deadline deadline) {
}
