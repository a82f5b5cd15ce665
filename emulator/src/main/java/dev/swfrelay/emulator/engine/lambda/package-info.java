/**
 * The Lambda task, all of it. Its state machine is {@link dev.swfrelay.emulator.engine.lambda.state.LambdaState}; here
 * {@link dev.swfrelay.emulator.engine.lambda.LambdaTasks}: the ScheduleLambdaFunction decision, the function run off every
 * lock, its outcome and its start-to-close timeout.
 *
 * <p>Moved by: LambdaFunctionScheduled, LambdaFunctionStarted, then StartLambdaFunctionFailed,
 * LambdaFunctionCompleted, LambdaFunctionFailed or LambdaFunctionTimedOut
 * (ScheduleLambdaFunctionFailed leaves none behind).
 */
package dev.swfrelay.emulator.engine.lambda;
