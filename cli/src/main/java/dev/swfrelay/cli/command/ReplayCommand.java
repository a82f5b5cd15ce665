package dev.swfrelay.cli.command;

import dev.swfrelay.cli.UserError;
import dev.swfrelay.cli.workflow.PipelineOf;
import dev.swfrelay.cli.workflow.WorkflowFile;
import dev.swfrelay.core.replay.DeciderReplayer;
import dev.swfrelay.core.replay.ReplayMode;
import dev.swfrelay.core.replay.ReplayResult;
import dev.swfrelay.emulator.json.HistoryFiles;
import dev.swfrelay.emulator.json.SwfJson;
import dev.swfrelay.emulator.json.SwfJsonException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code swf-relay replay}: replays recorded histories against a workflow file's decider. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        header = "Check that a workflow file still decides recorded histories the same way.", description =
        "Replays each history (SWF's JSON: swf-relay history --json, aws swf get-workflow-execution-history, "
            + "or a GetWorkflowExecutionHistory answer; folders are read for *.json) against the workflow's "
            + "decider, and compares its decisions with those recorded. Exits 1 with a diff at the first "
            + "decision that differs.")
public final class ReplayCommand implements Callable<Integer> {

    @Option(names = "--workflow", paramLabel = "FILE", required = true, description = "Workflow file (JSON or YAML).")
    private Path workflowFile;

    @Option(names = "--strict", description = "Compare every attribute (timeouts, control, details...), "
            + "not only types, ids, task lists and input.")
    private boolean strict;

    @Parameters(paramLabel = "HISTORY_FILE_OR_DIR", arity = "1..*", description = "Recorded histories.")
    private List<Path> histories;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        DeciderReplayer replayer = DeciderReplayer.of(PipelineOf.workflow(WorkflowFile.read(workflowFile)))
                .mode(strict ? ReplayMode.STRICT : ReplayMode.DEFAULT);
        PrintWriter out = spec.commandLine().getOut();
        int diverged = 0;
        List<Path> files = files();
        for (Path file : files) {
            ReplayResult result = replay(replayer, file);
            if (result.matches()) {
                out.println("ok        " + file + " (" + result.replayed().size() + " decision tasks)");
            } else {
                diverged++;
                out.println("DIVERGED  " + file);
                out.print(result.divergence().orElseThrow().describe());
            }
        }
        out.println(files.size() + " histories replayed, " + diverged + " diverged");
        return diverged == 0 ? 0 : UserError.FAILURE;
    }

    private List<Path> files() {
        try {
            return HistoryFiles.in(histories);
        } catch (IllegalArgumentException e) {
            throw UserError.usage(e.getMessage());
        }
    }

    private static ReplayResult replay(DeciderReplayer replayer, Path file) {
        try {
            return replayer.replay(SwfJson.readHistory(file));
        } catch (SwfJsonException e) {
            throw UserError.usage(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw UserError.usage(file + ": " + e.getMessage());
        } catch (IllegalStateException e) {
            throw new UserError(file + ": " + e.getMessage(), e);
        }
    }
}
