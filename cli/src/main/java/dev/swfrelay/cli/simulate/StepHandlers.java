package dev.swfrelay.cli.simulate;

import dev.swfrelay.cli.UserError;
import dev.swfrelay.cli.script.ScriptActivity;
import dev.swfrelay.cli.script.ScriptCommand;
import dev.swfrelay.cli.script.ScriptOutcome;
import dev.swfrelay.cli.script.ScriptRunner;
import dev.swfrelay.cli.script.ScriptTask;
import dev.swfrelay.core.pipeline.Step;
import dev.swfrelay.simulation.SimulatedActivity;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What each step of a simulated workflow file does: a stub result ({@code --stub STEP=TEXT},
 * by default {@code <step>-result}), or with {@code --run-scripts} the step's script
 * ({@code --script STEP=COMMAND}) run to its end for each task (its standard output the result,
 * a non-zero exit a failure).
 */
public final class StepHandlers {

    private static final Duration SCRIPT_TIMEOUT = Duration.ofMinutes(10);
    private final Map<String, String> stubs;
    private final Map<String, ScriptCommand> scripts;
    private final Set<String> idempotent;
    private final boolean runScripts;

    private StepHandlers(Map<String, String> stubs, Map<String, ScriptCommand> scripts, Set<String> idempotent,
            boolean runScripts) {
        this.stubs = stubs;
        this.idempotent = idempotent;
        this.scripts = scripts;
        this.runScripts = runScripts;
    }

    /** Checks {@code STEP=...} pairs against the workflow's step names. */
    public static StepHandlers of(List<String> stubPairs, List<String> scriptPairs, List<String> idempotentSteps,
            boolean runScripts, Set<String> steps) {
        Map<String, String> stubs = pairs("--stub", stubPairs, steps);
        for (String step : idempotentSteps) {
            if (!steps.contains(step)) {
                throw UserError.usage("--idempotent " + step + ": the workflow has no step '" + step + "' (steps: "
                        + String.join(", ", steps) + ")");
            }
        }
        Map<String, ScriptCommand> scripts = new LinkedHashMap<>();
        pairs("--script", scriptPairs, steps).forEach((step, command) ->
                scripts.put(step, new ScriptCommand(Arrays.asList(command.strip().split("\\s+")))));
        if (runScripts) {
            for (String step : steps) {
                if (!scripts.containsKey(step)) {
                    throw UserError.usage("--run-scripts: step '" + step + "' has no --script " + step + "=COMMAND");
                }
                scripts.get(step).checkRunnable();
            }
        }
        return new StepHandlers(stubs, scripts, Set.copyOf(idempotentSteps), runScripts);
    }

    public SimulatedActivity handlerOf(Step step) {
        SimulatedActivity handler = work(step);
        if (!idempotent.contains(step.name())) {
            return handler;
        }
        return call -> {
            call.idempotencyKey(call.workflowId() + "/" + step.name());
            return handler.run(call);
        };
    }

    private SimulatedActivity work(Step step) {
        if (!runScripts) {
            String result = stubs.getOrDefault(step.name(), step.name() + "-result");
            return call -> result;
        }
        ScriptActivity script = new ScriptActivity(new ScriptRunner(scripts.get(step.name()), Duration.ofSeconds(5)),
                Duration.ofHours(1), line -> { });
        return call -> {
            ScriptOutcome outcome = script.run(new ScriptTask(call.input(), call.workflowId(), "simulated",
                    call.activityId(), call.activityType()), SCRIPT_TIMEOUT, () -> false);
            if (outcome instanceof ScriptOutcome.Completed completed) {
                return completed.result();
            }
            throw new IllegalStateException("script of step " + step.name() + ": " + outcome);
        };
    }

    private static Map<String, String> pairs(String option, List<String> pairs, Set<String> steps) {
        Map<String, String> byStep = new LinkedHashMap<>();
        for (String pair : pairs) {
            int equals = pair.indexOf('=');
            if (equals < 1) {
                throw UserError.usage(option + " " + pair + ": expected STEP=VALUE");
            }
            String step = pair.substring(0, equals);
            if (!steps.contains(step)) {
                throw UserError.usage(option + " " + pair + ": the workflow has no step '" + step + "' (steps: "
                        + String.join(", ", steps) + ")");
            }
            byStep.put(step, pair.substring(equals + 1));
        }
        return byStep;
    }
}
