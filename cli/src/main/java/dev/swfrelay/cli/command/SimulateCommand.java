package dev.swfrelay.cli.command;

import dev.swfrelay.cli.UserError;
import dev.swfrelay.cli.simulate.ProgressBar;
import dev.swfrelay.cli.simulate.SimulationText;
import dev.swfrelay.cli.simulate.StepHandlers;
import dev.swfrelay.cli.workflow.PipelineOf;
import dev.swfrelay.cli.workflow.StepDefinition;
import dev.swfrelay.cli.workflow.WorkflowDefinition;
import dev.swfrelay.cli.workflow.WorkflowFile;
import dev.swfrelay.core.model.Timeout;
import dev.swfrelay.core.pipeline.Pipeline;
import dev.swfrelay.simulation.FailureReport;
import dev.swfrelay.simulation.FaultProfile;
import dev.swfrelay.simulation.SimulationResult;
import dev.swfrelay.simulation.SwfSimulation;
import dev.swfrelay.simulation.Workload;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code swf-relay simulate}: a workflow file's decider under seeded faults, thousands of runs a second. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        header = "Run a workflow file's decider under seeded faults on a simulated clock.", description =
        "Runs the workflow once per seed on the in-process emulator's virtual clock, single-threaded: "
            + "workers crash holding tasks, answers get lost, decision tasks time out, signals repeat, "
            + "handlers throw, the clock jumps, pollers pause, each at its fault profile's rate. Checks that "
            + "every run completes before its timeout, that no step's effect runs twice, that no decision fails "
            + "for a decider bug and that every history replays. Prints a summary and, for the first "
            + "failing seed, its faults shrunk to the fewest that still fail, its timeline and the command "
            + "that reruns it. Exits 1 when a seed fails.")
public final class SimulateCommand implements Callable<Integer> {

    @Option(names = "--workflow", paramLabel = "FILE", required = true, description = "Workflow file (JSON or YAML).")
    private Path workflowFile;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "1000", description = "Seeds to run, one run each (default ${DEFAULT-VALUE}).")
    private int runs;

    @Option(names = "--faults", paramLabel = "standard|none|FILE", defaultValue = "standard",
            description = "Fault profile: standard, none, or a file of 'kind rate' lines (default ${DEFAULT-VALUE}).")
    private String faults;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "First seed (default ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--stub", paramLabel = "STEP=TEXT", description = "A step's result (default: <step>-result).")
    private List<String> stubs = new ArrayList<>();

    @Option(names = "--run-scripts", description = "Run each step's --script instead of stubbing it "
            + "(slow, and as deterministic as the scripts are).")
    private boolean runScripts;

    @Option(names = "--script", paramLabel = "STEP=COMMAND", description = "The command a step's worker runs, with --run-scripts.")
    private List<String> scripts = new ArrayList<>();

    @Option(names = "--idempotent", paramLabel = "STEP", split = ",",
            description = "Steps whose work is safe to run twice (their scripts de-duplicate): a retry after a "
                + "timeout is then no side-effect-once failure.")
    private List<String> idempotent = new ArrayList<>();

    @Option(names = "--accept-failures", description = "A run that fails (a step out of retries) passes; "
            + "by default every run must complete.")
    private boolean acceptFailures;

    @Option(names = "--save", paramLabel = "FILE", description = "Write the first failing run's history (SWF's JSON) here.")
    private Path save;

    @Option(names = "--no-progress", description = "No progress bar.")
    private boolean noProgress;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        if (runs < 1) {
            throw UserError.usage("--runs must be at least 1, was " + runs);
        }
        WorkflowDefinition workflow = WorkflowFile.read(workflowFile);
        Pipeline pipeline = PipelineOf.workflow(workflow);
        Set<String> steps = new LinkedHashSet<>();
        workflow.steps().stream().map(StepDefinition::name).forEach(steps::add);
        StepHandlers handlers = StepHandlers.of(stubs, scripts, idempotent, runScripts, steps);
        SwfSimulation.Builder builder = SwfSimulation.builder()
                .pipeline(pipeline, handlers::handlerOf)
                .workflowType(workflow.workflowType().name(), workflow.workflowType().version())
                .decisionTaskList(workflow.taskList())
                .workload(Workload.single().input(i -> "job")
                        .executionTimeout(duration(workflow.executionStartToCloseTimeout(), Duration.ofDays(365)))
                        .decisionTaskTimeout(duration(workflow.taskStartToCloseTimeout(), Duration.ofMinutes(5))))
                .faults(profile());
        if (!acceptFailures) {
            builder.requireCompletion();
        }
        SwfSimulation simulation = builder.build();
        PrintWriter out = spec.commandLine().getOut();
        out.println("simulating " + workflow.workflowType().name() + " (" + workflowFile + "): " + runs
                + " seeds from " + seed + ", faults " + faults);
        ProgressBar bar = noProgress ? null : new ProgressBar(spec.commandLine().getErr(), runs);
        int[] done = {0, 0};
        long start = System.nanoTime();
        SimulationResult result = simulation.run(seed, runs, outcome -> {
            done[0]++;
            done[1] += outcome.failed() ? 1 : 0;
            if (bar != null) {
                bar.show(done[0], done[1]);
            }
        });
        SimulationText.summary(out, result, (System.nanoTime() - start) / 1e9);
        result.firstFailure().ifPresent(report -> tellFailure(out, report));
        return result.passed() ? 0 : UserError.FAILURE;
    }

    private void tellFailure(PrintWriter out, FailureReport report) {
        SimulationText.failure(out, report);
        out.println("rerun: swf-relay simulate --workflow " + workflowFile + " --faults " + faults
                + " --seed " + report.seed() + " --runs 1" + (runScripts ? " --run-scripts" : "")
                + (idempotent.isEmpty() ? "" : " --idempotent " + String.join(",", idempotent))
                + (acceptFailures ? " --accept-failures" : ""));
        if (save != null) {
            try {
                Files.writeString(save, report.historyJson());
            } catch (IOException e) {
                throw new UserError("cannot write " + save + ": " + e.getMessage(), e);
            }
            out.println("history: " + save + " (swf-relay replay --workflow " + workflowFile + " " + save + ")");
        }
    }

    private FaultProfile profile() {
        try {
            return FaultProfile.named(faults);
        } catch (IllegalArgumentException e) {
            throw UserError.usage("--faults " + faults + ": " + e.getMessage());
        }
    }

    private static Duration duration(Timeout timeout, Duration none) {
        return timeout.duration().orElse(none);
    }
}
