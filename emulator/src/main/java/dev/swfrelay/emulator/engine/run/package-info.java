/**
 * A run and its history ({@link dev.swfrelay.emulator.engine.run.Execution}) with the one fold
 * that moves it and its open items ({@link dev.swfrelay.emulator.engine.run.OpenItems}), the
 * read-only view a restore is compared through ({@link dev.swfrelay.emulator.engine.run.RunView}),
 * and the runs of an engine ({@link dev.swfrelay.emulator.engine.run.ExecutionStore}). Nothing
 * here calls a service: a run says what is due, its caller does it.
 */
package dev.swfrelay.emulator.engine.run;
