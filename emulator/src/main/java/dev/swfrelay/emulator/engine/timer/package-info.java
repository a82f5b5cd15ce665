/**
 * The timer, all of it. Its state machine is {@link dev.swfrelay.emulator.engine.timer.state.TimerState}; here
 * {@link dev.swfrelay.emulator.engine.timer.TimerDecisions}: the StartTimer and CancelTimer decisions, and the timer firing
 * on the engine's clock.
 *
 * <p>Moved by: TimerStarted, then TimerFired or TimerCanceled (StartTimerFailed and
 * CancelTimerFailed leave it as it was).
 */
package dev.swfrelay.emulator.engine.timer;
