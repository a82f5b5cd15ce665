/**
 * What the entities' services share, and nothing else: {@link dev.swfrelay.emulator.engine.shared.EngineParts} (the clock,
 * settings, task lists, runs and counters, and the unit of work on a run's lock, which does what
 * the run says is due before the lock is let go), task tokens ({@link dev.swfrelay.emulator.engine.shared.TaskTokens},
 * {@link dev.swfrelay.emulator.engine.shared.TaskToken}, {@link dev.swfrelay.emulator.engine.shared.TaskAddresses}) and long polls
 * ({@link dev.swfrelay.emulator.engine.shared.LongPolls}). It calls no entity's service.
 */
package dev.swfrelay.emulator.engine.shared;
