package dev.swfrelay.cli.workflow;

import dev.swfrelay.cli.UserError;
import dev.swfrelay.core.api.RegisterActivityTypeRequest;
import dev.swfrelay.core.api.RegisterDomainRequest;
import dev.swfrelay.core.api.RegisterWorkflowTypeRequest;
import dev.swfrelay.core.model.SwfFault;
import dev.swfrelay.core.port.Registrar;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What {@code serve --init} registers before the server answers: the domains and types of
 * workflow files (as {@code register --workflow} reads them) and of plain lists
 * ({@link RegistryFile}), every domain before any type. Read whole before anything is registered,
 * so a bad file stops the server with its name, field and rule; registering is idempotent, so a
 * restart with {@code --data} and the same files changes nothing.
 */
public record InitPlan(List<Step<RegisterDomainRequest>> domains, List<Step<RegisterWorkflowTypeRequest>> workflowTypes,
                       List<Step<RegisterActivityTypeRequest>> activityTypes) {

    /** One registration and the file that asked for it. */
    public record Step<R>(String source, R request) {
        public Step {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(request, "request");
        }
    }

    public InitPlan {
        domains = List.copyOf(domains);
        workflowTypes = List.copyOf(workflowTypes);
        activityTypes = List.copyOf(activityTypes);
    }

    /** Reads {@code paths}: files, and folders whose {@code .json}, {@code .yaml} and {@code .yml} files are read by name. */
    public static InitPlan read(List<Path> paths) {
        List<InitPlan> plans = new ArrayList<>();
        for (Path path : paths) {
            for (Path file : files(path)) {
                plans.add(readFile(file));
            }
        }
        return new InitPlan(plans.stream().flatMap(p -> p.domains.stream()).toList(),
                plans.stream().flatMap(p -> p.workflowTypes.stream()).toList(),
                plans.stream().flatMap(p -> p.activityTypes.stream()).toList());
    }

    private static List<Path> files(Path path) {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> listed = Files.list(path)) {
            return listed.filter(f -> f.getFileName().toString().matches(".*\\.(json|ya?ml)")).sorted().toList();
        } catch (IOException e) {
            throw UserError.usage("cannot list the init folder " + path + ": " + e.getMessage());
        }
    }

    private static InitPlan readFile(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw UserError.usage("init file " + file + " does not exist; pass workflow files, lists of domains and "
                    + "types, or folders of them (see README, State seeded at start)");
        } catch (AccessDeniedException e) {
            throw UserError.usage("cannot read init file " + file + ": permission denied to this user; make it readable "
                    + "(chmod a+r), e.g. when a container runs as another user than the file's owner");
        } catch (IOException e) {
            throw UserError.usage("cannot read init file " + file + ": " + e.getMessage());
        }
        String source = file.toString();
        Object document = WorkflowFile.load(text, source);
        if (document instanceof Map<?, ?> map && RegistryFile.isRegistryList(map)) {
            return RegistryFile.read(map, source);
        }
        return ofWorkflow(WorkflowFile.fromDocument(document, source), source);
    }

    private static InitPlan ofWorkflow(WorkflowDefinition workflow, String source) {
        try {
            return new InitPlan(
                    List.of(new Step<>(source, RegisterDomainRequest.builder().name(workflow.domain())
                            .workflowExecutionRetentionPeriodInDays("1").build())),
                    List.of(new Step<>(source, Registration.workflowType(workflow))),
                    workflow.steps().stream().map(step -> new Step<>(source, Registration.activityType(workflow.domain(), step)))
                            .toList());
        } catch (SwfFault invalid) {
            throw UserError.usage(source + ": " + invalid.getMessage());
        }
    }

    /**
     * Registers every domain, then every type; returns one line each (registered, or already
     * there). A type already registered with other defaults stops it with a {@link UserError}
     * naming the file that asked for it and SWF's fault.
     */
    public List<String> registerWith(Registrar registrar) {
        List<String> report = new ArrayList<>();
        for (Step<RegisterDomainRequest> d : domains) {
            report.add(line(d.source, "domain " + d.request.name(), () -> registrar.registerDomain(d.request)));
        }
        for (Step<RegisterWorkflowTypeRequest> w : workflowTypes) {
            report.add(line(w.source, "workflow type " + w.request.name() + ":" + w.request.version() + " in "
                    + w.request.domain(), () -> registrar.registerWorkflowType(w.request)));
        }
        for (Step<RegisterActivityTypeRequest> a : activityTypes) {
            report.add(line(a.source, "activity type " + a.request.name() + ":" + a.request.version() + " in "
                    + a.request.domain(), () -> registrar.registerActivityType(a.request)));
        }
        return report;
    }

    private static String line(String source, String what, java.util.function.BooleanSupplier register) {
        try {
            return what + (register.getAsBoolean() ? ": registered" : ": already registered") + " (" + source + ")";
        } catch (SwfFault refused) {
            throw UserError.usage(source + ": " + what + " cannot be registered: " + refused.getMessage());
        }
    }

    /** How many registrations the plan holds. */
    public int size() {
        return domains.size() + workflowTypes.size() + activityTypes.size();
    }
}
