/**
 * The run's state: a run and its history ({@link dev.swfrelay.emulator.engine.run.state.Execution})
 * with the one fold that moves it and its open items
 * ({@link dev.swfrelay.emulator.engine.run.state.OpenItems}), the read-only view a restore is
 * compared through ({@link dev.swfrelay.emulator.engine.run.state.RunView}), and the runs of an
 * engine ({@link dev.swfrelay.emulator.engine.run.state.ExecutionStore}). Nothing here calls a
 * service: a run says what is due (a decision task, word to its parent), its caller does it.
 *
 * <p>Moved by: WorkflowExecutionStarted (the run is made), WorkflowExecutionCancelRequested,
 * the decision task's events and its task list override (DecisionTaskCompleted), and the six
 * close events (WorkflowExecutionCompleted, Failed, Canceled, Terminated, TimedOut,
 * ContinuedAsNew); every other event it folds into the entity it names.
 */
package dev.swfrelay.emulator.engine.run.state;
