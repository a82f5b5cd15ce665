/**
 * The decision task's state: {@link dev.swfrelay.emulator.engine.decision.state.DecisionSlot} (one task scheduled or started
 * at a time, events unseen by its decider remembered), {@link dev.swfrelay.emulator.engine.decision.state.DeciderState}
 * (the run's side of its decider and its part of the fold: the task list, the execution
 * context, whether a task is due) and which events call for a task
 * ({@link dev.swfrelay.emulator.engine.decision.state.DecisionTriggers}). Moved by the run's fold only; the services are in
 * {@code engine.decision}.
 */
package dev.swfrelay.emulator.engine.decision.state;
