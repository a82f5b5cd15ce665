package dev.swfrelay.cli.command;

import dev.swfrelay.cli.history.ExecutionLookup;
import dev.swfrelay.cli.history.Timeline;
import dev.swfrelay.core.model.HistoryEvent;
import dev.swfrelay.core.model.WorkflowExecution;
import dev.swfrelay.core.port.WorkflowClient;
import dev.swfrelay.core.service.ServicePorts;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code swf-relay history}: an execution's history as a timeline, or as SWF's JSON. */
@Command(name = "history", mixinStandardHelpOptions = true,
        header = "Show an execution's history as a timeline, or as SWF's JSON.", description =
        "Show an execution's history: one line per event with its time, the essential attributes, "
            + "and how long each task waited and ran. --json prints SWF's own JSON instead.")
public final class HistoryCommand implements Callable<Integer> {

    @Mixin
    private BackendOptions backend;

    @Parameters(index = "0", paramLabel = "WORKFLOW_ID", description = "The execution's workflow id.")
    private String workflowId;

    @Option(names = "--run-id", paramLabel = "RUN_ID", description = "Which run (default: the open one, else the latest).")
    private String runId;

    @Option(names = "--json", description = "SWF's JSON (GetWorkflowExecutionHistory's answer, all pages).")
    private boolean json;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        String domain = backend.domain(null);
        WorkflowClient workflows = ServicePorts.of(backend.connect(), domain, Identity.of("history")).workflows();
        WorkflowExecution execution = new ExecutionLookup(workflows, Clock.systemUTC()).find(domain, workflowId, runId);
        List<HistoryEvent> events = workflows.history(domain, execution);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(HistoryJson.write(events));
        } else {
            out.println("workflow " + execution.workflowId() + "  run " + execution.runId());
            Timeline.render(events).forEach(out::println);
        }
        return 0;
    }
}
