package dev.swfrelay.cli.demo;

import dev.swfrelay.cli.DurationText;
import dev.swfrelay.cli.UserError;
import dev.swfrelay.cli.history.ExecutionWatch;
import dev.swfrelay.cli.history.Progress;
import dev.swfrelay.cli.history.Timeline;
import dev.swfrelay.cli.script.ScriptCommand;
import dev.swfrelay.cli.worker.ScriptWorker;
import dev.swfrelay.cli.workflow.PipelineOf;
import dev.swfrelay.cli.workflow.Registration;
import dev.swfrelay.cli.workflow.StartRequests;
import dev.swfrelay.cli.workflow.StepDefinition;
import dev.swfrelay.cli.workflow.WorkflowDefinition;
import dev.swfrelay.cli.workflow.WorkflowFile;
import dev.swfrelay.core.api.SwfService;
import dev.swfrelay.core.decider.DeciderRunner;
import dev.swfrelay.core.model.HistoryEvent;
import dev.swfrelay.core.model.Run;
import dev.swfrelay.core.model.WorkflowExecution;
import dev.swfrelay.core.model.event.WorkflowExecutionCompleted;
import dev.swfrelay.core.port.WorkflowClient;
import dev.swfrelay.core.service.ServicePorts;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The seed's flow on one SWF service: registers the workflow file's domain and types, runs
 * its pipeline decider and one script worker per step ({@code script-<step>.sh} next to
 * the file), starts an execution, prints its progress live and its history at the end.
 */
public final class Demo {

    private static final Duration SHORT = Duration.ofSeconds(5);

    private final SwfService service;
    private final Path seed;
    private final PrintWriter out;

    public Demo(SwfService service, Path seed, PrintWriter out) {
        this.service = service;
        this.seed = seed;
        this.out = out;
    }

    /** @return the exit code: 0 when the execution completed */
    public int run(String input) throws InterruptedException {
        WorkflowDefinition workflow = WorkflowFile.read(seed.resolve("workflow.json"));
        ServicePorts ports = ServicePorts.of(service, workflow.domain(), "demo");
        new Registration(ports.registrar()).register(workflow, 1).forEach(line -> say(line));
        List<ScriptWorker> workers = new ArrayList<>();
        DeciderRunner decider = DeciderRunner.builder(ports.decisionTasks(), PipelineOf.workflow(workflow))
                .taskList(workflow.taskList()).build();
        try {
            decider.start();
            for (StepDefinition step : workflow.steps()) {
                workers.add(worker(workflow.domain(), step));
            }
            return follow(ports.workflows(), workflow, input);
        } finally {
            workers.forEach(w -> w.drain(SHORT));
            decider.close(SHORT);
        }
    }

    private ScriptWorker worker(String domain, StepDefinition step) {
        Path script = seed.resolve("script-" + step.name().toLowerCase(Locale.ROOT) + ".sh");
        if (!Files.exists(script)) {
            throw new UserError("step " + step.name() + " has no script: expected " + script);
        }
        ScriptCommand command = new ScriptCommand(List.of(script.toString()));
        command.checkRunnable();
        String server = "server " + step.name();
        ScriptWorker worker = ScriptWorker.create(service,
                ServicePorts.of(service, domain, "worker@" + server.replace(' ', '-')).activityTasks(),
                domain, step.taskList(), command,
                new ScriptWorker.Settings(null, 1, null, Duration.ofSeconds(1), Duration.ofSeconds(1)),
                line -> say("  [" + server + "] " + line));
        worker.start();
        say("worker on " + server + " polls " + step.taskList() + " and runs " + script);
        return worker;
    }

    private int follow(WorkflowClient workflows, WorkflowDefinition workflow, String input)
            throws InterruptedException {
        String workflowId = "demo-" + System.currentTimeMillis();
        Run run = workflows.start(StartRequests.of(workflow, workflowId, input));
        say("started " + workflowId + " with input '" + input + "'; progress:");
        List<HistoryEvent> history = new ExecutionWatch(workflows, workflow.domain(),
                new WorkflowExecution(run.runId(), workflowId), Duration.ofMillis(10), Duration.ofMillis(50))
                .awaitClose(new Progress(out)::show);
        say("");
        say("history of " + workflowId + ":");
        Timeline.render(history).forEach(this::say);
        HistoryEvent last = history.get(history.size() - 1);
        boolean completed = last.attributes() instanceof WorkflowExecutionCompleted;
        say("");
        say(completed ? "result: " + resultOf(last).strip() : "the execution ended with " + last.eventType());
        say("took " + DurationText.format(Duration.between(history.get(0).eventTimestamp(), last.eventTimestamp()))
                + " from start to close");
        return completed ? 0 : 1;
    }

    private static String resultOf(HistoryEvent event) {
        String result = ((WorkflowExecutionCompleted) event.attributes()).result();
        return result == null ? "" : result;
    }

    private synchronized void say(String line) {
        out.println(line);
        out.flush();
    }
}
