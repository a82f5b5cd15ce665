package dev.swfrelay.cli.command;

import dev.swfrelay.cli.history.Timeline;
import dev.swfrelay.core.model.HistoryEvent;
import dev.swfrelay.core.model.WorkflowExecution;
import dev.swfrelay.core.port.WorkflowClient;
import dev.swfrelay.emulator.json.SwfJson;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code swf-relay history}: an execution's history as a timeline, or as SWF's JSON. */
@Command(name = "history", mixinStandardHelpOptions = true,
        header = "Show an execution's history as a timeline, or as SWF's JSON.", description =
        "Show an execution's history: one line per event with its time, the essential attributes, "
            + "and how long each task waited and ran. --json prints SWF's own JSON instead.")
public final class HistoryCommand implements Callable<Integer> {

    @Mixin
    private BackendOptions backend;

    @Mixin
    private ExecutionOptions which;

    @Option(names = "--json", description = "SWF's JSON (GetWorkflowExecutionHistory's answer, all pages).")
    private boolean json;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        String domain = backend.domain(null);
        WorkflowClient workflows = backend.ports(domain, "history").workflows();
        WorkflowExecution execution = which.find(workflows, domain, backend);
        List<HistoryEvent> events = workflows.history(domain, execution);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(SwfJson.writeHistory(events));
        } else {
            out.println("workflow " + execution.workflowId() + "  run " + execution.runId());
            Timeline.render(events).forEach(out::println);
        }
        return 0;
    }
}
