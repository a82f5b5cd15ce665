package dev.swfrelay.cli.command;

import dev.swfrelay.core.model.WorkflowExecution;
import dev.swfrelay.core.model.WorkflowExecutionConfiguration;
import dev.swfrelay.core.model.WorkflowExecutionDetail;
import dev.swfrelay.core.model.WorkflowExecutionInfo;
import dev.swfrelay.core.model.WorkflowExecutionOpenCounts;
import dev.swfrelay.core.port.WorkflowClient;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code swf-relay describe}: an execution's status, configuration and open items. */
@Command(name = "describe", mixinStandardHelpOptions = true,
        header = "Show an execution's status, configuration and open items.", description = "Show an execution's status, configuration and what is open in it.")
public final class DescribeCommand implements Callable<Integer> {

    @Mixin
    private BackendOptions backend;

    @Mixin
    private ExecutionOptions which;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        String domain = backend.domain(null);
        WorkflowClient workflows = backend.ports(domain, "describe").workflows();
        WorkflowExecution execution = which.find(workflows, domain, backend);
        WorkflowExecutionDetail detail = workflows.describe(domain, execution);
        PrintWriter out = spec.commandLine().getOut();
        WorkflowExecutionInfo info = detail.executionInfo();
        WorkflowExecutionConfiguration config = detail.executionConfiguration();
        WorkflowExecutionOpenCounts open = detail.openCounts();
        out.println("workflow id     " + execution.workflowId());
        out.println("run id          " + execution.runId());
        out.println("type            " + info.workflowType().name() + ":" + info.workflowType().version());
        out.println("status          " + ListCommand.status(info)
                + (Boolean.TRUE.equals(info.cancelRequested()) ? " (cancel requested)" : ""));
        out.println("started         " + ListCommand.time(info.startTimestamp()));
        out.println("closed          " + ListCommand.time(info.closeTimestamp()));
        out.println("task list       " + config.taskList().name());
        out.println("timeouts        execution " + config.executionStartToCloseTimeout()
                + "s, decision task " + config.taskStartToCloseTimeout() + "s");
        out.println("open            " + open.openActivityTasks() + " activity tasks, " + open.openDecisionTasks()
                + " decision tasks, " + open.openTimers() + " timers, " + open.openChildWorkflowExecutions() + " children");
        if (detail.latestActivityTaskTimestamp() != null) {
            out.println("last activity   " + ListCommand.time(detail.latestActivityTaskTimestamp()));
        }
        return 0;
    }
}
