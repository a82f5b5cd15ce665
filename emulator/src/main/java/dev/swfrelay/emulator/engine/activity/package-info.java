/** The activity task ({@link dev.swfrelay.emulator.engine.activity.ActivityState}): scheduled, started, cancel requested, closed; its four deadlines and its last heartbeat. Moved by the run's fold only. */
package dev.swfrelay.emulator.engine.activity;
