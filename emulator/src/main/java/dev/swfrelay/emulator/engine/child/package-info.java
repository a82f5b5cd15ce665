/**
 * The child run as its parent follows it, all of it. Its state machine is
 * {@link dev.swfrelay.emulator.engine.child.state.ChildState}; here {@link dev.swfrelay.emulator.engine.child.ChildDecisions} (the
 * StartChildWorkflowExecution decision: checks, the initiated event, the child's start and its
 * ChildWorkflowExecutionStarted or StartChildWorkflowExecutionFailed) and
 * {@link dev.swfrelay.emulator.engine.child.ChildOutcomes} (the parent told how its child closed: the unit on the child's
 * lock asks for it when the child's fold says its parent is owed word).
 *
 * <p>Moved by: StartChildWorkflowExecutionInitiated, ChildWorkflowExecutionStarted, then
 * StartChildWorkflowExecutionFailed or ChildWorkflowExecution{Completed, Failed, Canceled,
 * TimedOut, Terminated}.
 */
package dev.swfrelay.emulator.engine.child;
