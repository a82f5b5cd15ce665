/**
 * The workflow run, all of it. Its state and its one fold are in {@code run.state}
 * ({@link dev.swfrelay.emulator.engine.run.state.Execution}); here its services: {@link dev.swfrelay.emulator.engine.run.ExecutionStarter} (a run
 * opened with WorkflowExecutionStarted, its type's defaults from {@link dev.swfrelay.emulator.engine.run.WorkflowDefaults},
 * its start-to-close timeout), {@link dev.swfrelay.emulator.engine.run.ExecutionCloser} (the close event, everything open
 * withdrawn, the child policy, retention), {@link dev.swfrelay.emulator.engine.run.CloseDecisions} (the Complete, Fail,
 * Cancel and ContinueAsNew decisions) and {@link dev.swfrelay.emulator.engine.run.ExecutionCommands} (StartWorkflowExecution,
 * SignalWorkflowExecution, RequestCancelWorkflowExecution, TerminateWorkflowExecution).
 *
 * <p>Moved by: WorkflowExecutionStarted (made), WorkflowExecutionCancelRequested, and its close:
 * WorkflowExecution{Completed, Failed, Canceled, Terminated, TimedOut, ContinuedAsNew}. Every
 * other event its fold hands to the entity it names, or to its decider.
 */
package dev.swfrelay.emulator.engine.run;
