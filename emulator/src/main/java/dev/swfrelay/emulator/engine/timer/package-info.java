/** The timer ({@link dev.swfrelay.emulator.engine.timer.TimerState}): started, then fired or canceled. Moved by the run's fold only. */
package dev.swfrelay.emulator.engine.timer;
