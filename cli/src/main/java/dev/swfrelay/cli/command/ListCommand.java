package dev.swfrelay.cli.command;

import dev.swfrelay.cli.HelpOptions;
import dev.swfrelay.core.api.ListClosedWorkflowExecutionsRequest;
import dev.swfrelay.core.api.ListOpenWorkflowExecutionsRequest;
import dev.swfrelay.core.model.ExecutionTimeFilter;
import dev.swfrelay.core.model.WorkflowExecutionInfo;
import dev.swfrelay.core.port.WorkflowClient;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code swf-relay list}: open and closed executions of a domain, newest first. Its model is built
 * in code, as {@link ServeCommand}'s: reading its and {@link BackendOptions}' annotations took
 * about 40 ms of a {@code list}'s CPU (the JDK makes a proxy class per annotation type at its
 * first read).
 */
public final class ListCommand implements Callable<Integer> {

    private static final String FORMAT = "%-40s %-10s %-24s %-24s %s%n";

    private final CommandSpec spec;

    public ListCommand() {
        spec = HelpOptions.addTo(BackendOptions.addTo(CommandSpec.wrapWithoutInspection(this).name("list")));
        spec.usageMessage().header("List open and closed executions.")
                .description("List the domain's open and closed executions, newest first.");
        spec.addOption(OptionSpec.builder("--open").type(boolean.class).initialValue(false).description("Only open executions.").build());
        spec.addOption(OptionSpec.builder("--closed").type(boolean.class).initialValue(false).description("Only closed executions.").build());
        spec.addOption(OptionSpec.builder("--days").paramLabel("N").type(int.class).defaultValue("7")
                .description("Executions started in the last N days (default: ${DEFAULT-VALUE}).").build());
    }

    /** The command's model (no annotations are read when {@code list} starts). */
    public CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        BackendOptions backend = BackendOptions.of(spec);
        boolean openOnly = spec.findOption("--open").getValue();
        boolean closedOnly = spec.findOption("--closed").getValue();
        int days = spec.findOption("--days").getValue();
        String domain = backend.domain(null);
        WorkflowClient workflows = backend.ports(domain, "list").workflows();
        Instant now = Instant.now();
        ExecutionTimeFilter window = new ExecutionTimeFilter(now.plusSeconds(60), now.minus(Duration.ofDays(days)));
        List<WorkflowExecutionInfo> found = new ArrayList<>();
        if (!closedOnly) {
            found.addAll(workflows.listOpen(ListOpenWorkflowExecutionsRequest.builder()
                    .domain(domain).startTimeFilter(window).build()));
        }
        if (!openOnly) {
            found.addAll(workflows.listClosed(ListClosedWorkflowExecutionsRequest.builder()
                    .domain(domain).startTimeFilter(window).build()));
        }
        found.sort(Comparator.comparing(WorkflowExecutionInfo::startTimestamp).reversed());
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, FORMAT, "WORKFLOW ID", "STATUS", "STARTED", "CLOSED", "TYPE  RUN ID");
        found.forEach(info -> out.printf(Locale.ROOT, FORMAT, info.execution().workflowId(), status(info),
                time(info.startTimestamp()), time(info.closeTimestamp()),
                info.workflowType().name() + ":" + info.workflowType().version() + "  " + info.execution().runId()));
        return 0;
    }

    static String status(WorkflowExecutionInfo info) {
        return info.closeStatus() != null ? info.closeStatus().name() : String.valueOf(info.executionStatus());
    }

    static String time(Instant instant) {
        return instant == null ? "-" : DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }
}
