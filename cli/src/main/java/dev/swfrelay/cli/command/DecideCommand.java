package dev.swfrelay.cli.command;

import dev.swfrelay.cli.StopSignals;
import dev.swfrelay.cli.workflow.PipelineOf;
import dev.swfrelay.cli.workflow.RegisteredTypes;
import dev.swfrelay.cli.workflow.WorkflowDefinition;
import dev.swfrelay.cli.workflow.WorkflowFile;
import dev.swfrelay.core.api.DescribeDomainRequest;
import dev.swfrelay.core.api.SwfService;
import dev.swfrelay.core.decider.DeciderRunner;
import dev.swfrelay.core.service.ServicePorts;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code swf-relay decider}: runs the pipeline decider of a workflow file until Ctrl-C. */
@Command(name = "decider", mixinStandardHelpOptions = true,
        header = "Run the pipeline decider of a workflow file.", description =
        "Run the decider of a workflow file: it schedules the steps in order, each step's result "
            + "the next one's input, retries failed steps, and closes the execution. Ctrl-C stops it.")
public final class DecideCommand implements Callable<Integer> {

    @Mixin
    private BackendOptions backend;

    @Option(names = "--workflow", paramLabel = "FILE", required = true, description = "Workflow file (JSON or YAML).")
    private Path workflowFile;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        WorkflowDefinition workflow = WorkflowFile.read(workflowFile);
        String domain = backend.domain(workflow.domain());
        SwfService service = backend.connect();
        service.describeDomain(new DescribeDomainRequest(domain));
        RegisteredTypes.check(service, domain, workflow, "swf-relay register --workflow " + workflowFile + backend.flags());
        DeciderRunner runner = DeciderRunner.builder(
                        ServicePorts.of(service, domain, Identity.of("decider")).decisionTasks(),
                        PipelineOf.workflow(workflow))
                .taskList(workflow.taskList())
                .build();
        StopSignals signals = StopSignals.install();
        signals.onSecond(() -> Runtime.getRuntime().halt(130));
        runner.start();
        PrintWriter err = spec.commandLine().getErr();
        err.println("decider: deciding " + workflow.workflowType() + " on " + workflow.taskList() + " in "
                + domain + " on " + backend.describe() + " (Ctrl-C to stop)");
        err.flush();
        signals.awaitFirst();
        runner.close(Duration.ofSeconds(10));
        err.println("decider: stopped");
        err.flush();
        return 0;
    }
}
