package dev.swfrelay.cli.command;

import dev.swfrelay.cli.history.ExecutionWatch;
import dev.swfrelay.cli.history.Progress;
import dev.swfrelay.cli.workflow.StartRequests;
import dev.swfrelay.cli.workflow.WorkflowDefinition;
import dev.swfrelay.cli.workflow.WorkflowFile;
import dev.swfrelay.core.model.HistoryEvent;
import dev.swfrelay.core.model.Run;
import dev.swfrelay.core.model.WorkflowExecution;
import dev.swfrelay.core.port.WorkflowClient;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code swf-relay start}: starts an execution of a workflow file's workflow, optionally following it. */
@Command(name = "start", mixinStandardHelpOptions = true,
        header = "Start an execution; with --wait, follow it to its end.", description =
        "Start an execution of the workflow a workflow file defines. With --wait, follow it to its "
            + "end: print each step, then the result; exit 1 when it fails, times out, is canceled or "
            + "terminated.")
public final class StartCommand implements Callable<Integer> {

    @Mixin
    private BackendOptions backend;

    @Option(names = "--workflow", paramLabel = "FILE", required = true, description = "Workflow file (JSON or YAML).")
    private Path workflowFile;

    @Option(names = "--workflow-id", paramLabel = "ID", description = "The execution's workflow id (default: a new one).")
    private String workflowId;

    @Option(names = "--input", paramLabel = "TEXT|@FILE|-", description = "Input of the first step.")
    private String input;

    @Option(names = "--wait", description = "Follow the execution to its end.")
    private boolean await;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        WorkflowDefinition workflow = WorkflowFile.read(workflowFile);
        String domain = backend.domain(workflow.domain());
        WorkflowClient workflows = backend.ports(domain, "start").workflows();
        String id = workflowId != null ? workflowId : workflow.workflowType().name() + "-" + UUID.randomUUID();
        Run run = workflows.start(StartRequests.of(workflow.inDomain(domain), id, InputText.read(input, System.in)));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        err.println("started " + id + " (run " + run.runId() + ") in domain " + domain);
        if (!await) {
            out.println(id + " " + run.runId());
            return 0;
        }
        WorkflowExecution execution = new WorkflowExecution(run.runId(), id);
        List<HistoryEvent> history = new ExecutionWatch(workflows, domain, execution,
                Duration.ofMillis(100), Duration.ofSeconds(1)).awaitClose(new Progress(err)::show);
        return Outcome.report(history.get(history.size() - 1), out, err);
    }
}
