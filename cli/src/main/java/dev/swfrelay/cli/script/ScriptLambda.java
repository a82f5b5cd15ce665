package dev.swfrelay.cli.script;

import dev.swfrelay.cli.UserError;
import dev.swfrelay.emulator.engine.LambdaFunction;
import dev.swfrelay.emulator.engine.LambdaFunctionFailure;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * A Lambda function of {@code serve --lambda NAME=COMMAND}: each invocation runs COMMAND the way
 * the worker runs a script per task (the input on standard input and in {@code SWF_INPUT}; standard
 * output is the result; exit N other than 0 fails the task with reason {@code exit N} and the end
 * of standard error as details).
 */
public final class ScriptLambda implements LambdaFunction {

    /** How long each wait for the script lasts: there is no heartbeat to send, only the interrupt of a timeout to notice. */
    private static final Duration NO_HEARTBEAT_WAIT = Duration.ofSeconds(1);

    private final String name;
    private final ScriptActivity activity;

    public ScriptLambda(String name, ScriptCommand command, Duration grace, Consumer<String> log) {
        this.name = name;
        this.activity = new ScriptActivity(new ScriptRunner(command, grace), NO_HEARTBEAT_WAIT, log);
    }

    /** Parses {@code NAME=COMMAND} (COMMAND split at spaces) and checks that the program may be run. */
    public static ScriptLambda parse(String spec, Duration grace, Consumer<String> log) {
        int equals = spec.indexOf('=');
        if (equals < 1 || equals == spec.length() - 1) {
            throw UserError.usage("--lambda takes NAME=COMMAND, e.g. --lambda resize=./resize.sh; was '" + spec + "'");
        }
        List<String> argv = Arrays.asList(spec.substring(equals + 1).trim().split("\\s+"));
        ScriptCommand command = new ScriptCommand(argv);
        command.checkRunnable();
        return new ScriptLambda(spec.substring(0, equals), command, grace, log);
    }

    public String name() {
        return name;
    }

    @Override
    public String invoke(String input) throws Exception {
        ScriptOutcome outcome = activity.run(new ScriptTask(input, "", "", name, "lambda:" + name), null, () -> false);
        if (outcome instanceof ScriptOutcome.Completed completed) {
            return completed.result();
        }
        if (outcome instanceof ScriptOutcome.Failed failed) {
            throw new LambdaFunctionFailure(failed.reason(), failed.details());
        }
        throw new LambdaFunctionFailure("stopped", ((ScriptOutcome.Stopped) outcome).why());
    }
}
