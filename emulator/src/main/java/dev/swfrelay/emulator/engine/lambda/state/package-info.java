/**
 * The Lambda task's state machine ({@link dev.swfrelay.emulator.engine.lambda.state.LambdaState}): scheduled, started,
 * closed. Moved by the run's fold only; its services are in {@code engine.lambda}.
 */
package dev.swfrelay.emulator.engine.lambda.state;
