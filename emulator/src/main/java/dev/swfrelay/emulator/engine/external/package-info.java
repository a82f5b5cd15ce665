/**
 * The external signal and cancel request: the SignalExternalWorkflowExecution and
 * RequestCancelExternalWorkflowExecution decisions ({@link dev.swfrelay.emulator.engine.external.ExternalDecisions}).
 *
 * <p>It has no state machine of its own and no state class: its life is initiated, then
 * delivered or failed within one engine call. The decision records
 * SignalExternalWorkflowExecutionInitiated (RequestCancelExternalWorkflowExecutionInitiated) in
 * the source run; once the source's lock is let go the target run, if open, records
 * WorkflowExecutionSignaled (WorkflowExecutionCancelRequested); then the source records
 * ExternalWorkflowExecutionSignaled (ExternalWorkflowExecutionCancelRequested) or
 * SignalExternalWorkflowExecutionFailed (RequestCancelExternalWorkflowExecutionFailed), before
 * the call that made the decision returns. Nothing is left open in between, so nothing is kept.
 */
package dev.swfrelay.emulator.engine.external;
