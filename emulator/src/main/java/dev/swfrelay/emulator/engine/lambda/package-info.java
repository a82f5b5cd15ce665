/** The Lambda task ({@link dev.swfrelay.emulator.engine.lambda.LambdaState}): scheduled, started, closed; its running function. Moved by the run's fold only. */
package dev.swfrelay.emulator.engine.lambda;
