package dev.swfrelay.cli.command;

import dev.swfrelay.cli.UserError;
import dev.swfrelay.cli.workflow.Registration;
import dev.swfrelay.cli.workflow.StepDefinition;
import dev.swfrelay.cli.workflow.TypeRef;
import dev.swfrelay.cli.workflow.WorkflowDefinition;
import dev.swfrelay.cli.workflow.WorkflowFile;
import dev.swfrelay.core.model.Timeout;
import dev.swfrelay.core.service.ServicePorts;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code swf-relay register}: the domain and types, from a workflow file or from flags. */
@Command(name = "register", mixinStandardHelpOptions = true,
        header = "Register a domain and types (from a workflow file or flags).", description =
        "Register a domain and types: everything a workflow file names, or what the flags name. "
            + "Idempotent: what is already registered with the same defaults is left as it is.")
public final class RegisterCommand implements Callable<Integer> {

    @Mixin
    private BackendOptions backend;

    @Option(names = "--workflow", paramLabel = "FILE", description = "Workflow file (JSON or YAML).")
    private Path workflowFile;

    @Option(names = "--workflow-type", paramLabel = "NAME[:VERSION]",
            description = "A workflow type to register (with --task-list as its decision task list).")
    private String workflowType;

    @Option(names = "--activity-type", paramLabel = "NAME[:VERSION]",
            description = "An activity type to register (with --task-list as its task list); repeatable.")
    private List<String> activityTypes = new ArrayList<>();

    @Option(names = "--task-list", paramLabel = "LIST", defaultValue = "default",
            description = "Default task list of the types given by flags (default: ${DEFAULT-VALUE}).")
    private String taskList;

    @Option(names = "--retention-days", paramLabel = "DAYS", defaultValue = "1",
            description = "How long SWF keeps closed executions of a new domain (default: ${DEFAULT-VALUE}).")
    private int retentionDays;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (retentionDays < 0 || retentionDays > 90) {
            throw UserError.usage("--retention-days must be from 0 to 90, was " + retentionDays);
        }
        WorkflowDefinition definition = definition();
        Registration registration = new Registration(
                ServicePorts.of(backend.connect(), definition == null ? backend.domain(null) : definition.domain(),
                        Identity.of("register")).registrar());
        List<String> report = definition == null
                ? List.of(registration.domain(backend.domain(null), retentionDays))
                : registration.register(definition, retentionDays);
        report.forEach(out::println);
        return 0;
    }

    /** The workflow to register, from the file or the flags; null when only a domain is asked for. */
    private WorkflowDefinition definition() {
        if (workflowFile != null) {
            WorkflowDefinition fromFile = WorkflowFile.read(workflowFile);
            return backend.domainOption().map(fromFile::inDomain).orElse(fromFile);
        }
        if (workflowType == null && activityTypes.isEmpty()) {
            return null;
        }
        if (workflowType == null || activityTypes.isEmpty()) {
            throw UserError.usage("register by flags needs --workflow-type and at least one"
                    + " --activity-type (or pass --workflow FILE)");
        }
        List<StepDefinition> steps = activityTypes.stream().map(a -> TypeRef.parse(a, "1", "--activity-type"))
                .map(type -> new StepDefinition(type.name(), type, taskList, Timeout.NONE,
                Timeout.ofSeconds(300), Timeout.NONE, Timeout.NONE, 0, Duration.ZERO, null))
                .toList();
        return new WorkflowDefinition(backend.domain(null), TypeRef.parse(workflowType, "1", "--workflow-type"),
                taskList, Timeout.ofSeconds(3600), Timeout.ofSeconds(30), steps);
    }
}
