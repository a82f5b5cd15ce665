package dev.swfrelay.cli.command;

import dev.swfrelay.cli.DurationText;
import dev.swfrelay.cli.StopSignals;
import dev.swfrelay.cli.UserError;
import dev.swfrelay.cli.script.ScriptCommand;
import dev.swfrelay.cli.worker.ScriptWorker;
import dev.swfrelay.cli.workflow.TypeRef;
import dev.swfrelay.core.api.DescribeDomainRequest;
import dev.swfrelay.core.api.SwfService;
import dev.swfrelay.core.service.ServicePorts;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code swf-relay worker}: runs a command for each activity task of a task list. */
@Command(name = "worker", mixinStandardHelpOptions = true,
        header = "Run a command for each activity task of a task list.", description =
        "Run COMMAND for each activity task of a task list. The task's input is on the command's "
            + "standard input and in SWF_INPUT; SWF_WORKFLOW_ID, SWF_RUN_ID, SWF_ACTIVITY_ID and "
            + "SWF_ACTIVITY_TYPE are set. Exit 0: completed, standard output is the result. Other exit "
            + "codes: failed with reason 'exit N' and the end of standard error as details. Ctrl-C stops "
            + "polling and waits for running commands; a second Ctrl-C kills them.")
public final class WorkerCommand implements Callable<Integer> {

    @Mixin
    private BackendOptions backend;

    @Option(names = "--task-list", paramLabel = "LIST", required = true, description = "Task list to poll, e.g. a_tasks.")
    private String taskList;

    @Option(names = "--activity", paramLabel = "NAME[:VERSION]",
            description = "Run only tasks of this activity type (others are failed with a reason saying so).")
    private String activity;

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "1",
            description = "Commands run at once (default: ${DEFAULT-VALUE}).")
    private int concurrency;

    @Option(names = "--timeout", paramLabel = "DURATION",
            description = "Stop a command after this long (default: the activity type's start-to-close timeout).")
    private String timeout;

    @Option(names = "--heartbeat", paramLabel = "DURATION", defaultValue = "5s",
            description = "Time between heartbeats, which also tell the worker about cancellation (default: ${DEFAULT-VALUE}).")
    private String heartbeat;

    @Option(names = "--kill-grace", paramLabel = "DURATION", defaultValue = "5s",
            description = "Time between TERM and KILL when a command is stopped (default: ${DEFAULT-VALUE}).")
    private String grace;

    @Parameters(paramLabel = "COMMAND", arity = "1..*", description = "The command and its arguments, after --.")
    private List<String> command = new ArrayList<>();

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        ScriptCommand script = new ScriptCommand(command);
        script.checkRunnable();
        ScriptWorker.Settings settings = settings();
        String domain = backend.domain(null);
        SwfService service = backend.connect();
        service.describeDomain(new DescribeDomainRequest(domain));
        PrintWriter err = spec.commandLine().getErr();
        ScriptWorker worker = ScriptWorker.create(service,
                ServicePorts.of(service, domain, Identity.of("worker")).activityTasks(), domain, taskList,
                script, settings, line -> log(err, line));
        StopSignals signals = StopSignals.install();
        signals.onSecond(() -> worker.kill("killed by a second Ctrl-C"));
        worker.start();
        log(err, "polling " + taskList + " in " + domain + " on " + backend.describe() + "; running: " + script);
        signals.awaitFirst();
        log(err, "stopping: no more polls; waiting for " + worker.running()
                + " running command(s) (Ctrl-C again to kill them)");
        worker.drain(Duration.ofDays(1));
        log(err, "stopped");
        return 0;
    }

    private ScriptWorker.Settings settings() {
        if (concurrency < 1) {
            throw UserError.usage("--concurrency must be at least 1, was " + concurrency);
        }
        return new ScriptWorker.Settings(
                activity == null ? null : TypeRef.parse(activity, "1", "--activity"), concurrency,
                timeout == null ? null : DurationText.parse(timeout, "--timeout"),
                positive(DurationText.parse(heartbeat, "--heartbeat"), "--heartbeat"),
                DurationText.parse(grace, "--kill-grace"));
    }

    private static Duration positive(Duration d, String what) {
        if (d.isZero()) {
            throw UserError.usage(what + " must be more than 0");
        }
        return d;
    }

    private static void log(PrintWriter err, String line) {
        synchronized (err) {
            err.println("worker: " + line);
            err.flush();
        }
    }
}
