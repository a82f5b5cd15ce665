/**
 * The timer's state machine ({@link dev.swfrelay.emulator.engine.timer.state.TimerState}): started, then fired or canceled.
 * Moved by the run's fold only (TimerStarted, TimerFired, TimerCanceled); its services are in
 * {@code engine.timer}.
 */
package dev.swfrelay.emulator.engine.timer.state;
