package dev.swfrelay.emulator.engine;

/**
 * A Lambda function registered with the emulator under a name: given the task's input, returns
 * its result. A function that throws fails its Lambda task (the exception's class as reason, its
 * message as details, or {@link LambdaFunctionFailure}'s own reason and details).
 */
@FunctionalInterface
public interface LambdaFunction {

    String invoke(String input) throws Exception;
}
