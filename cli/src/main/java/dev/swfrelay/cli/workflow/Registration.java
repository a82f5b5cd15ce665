package dev.swfrelay.cli.workflow;

import dev.swfrelay.core.api.RegisterActivityTypeRequest;
import dev.swfrelay.core.api.RegisterDomainRequest;
import dev.swfrelay.core.api.RegisterWorkflowTypeRequest;
import dev.swfrelay.core.model.ChildPolicy;
import dev.swfrelay.core.model.TaskList;
import dev.swfrelay.core.port.Registrar;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Registers what a workflow file needs: its domain, its workflow type (with the file's task
 * list and timeouts as defaults) and one activity type per step (with the step's task list
 * and timeouts as defaults). Idempotent: what exists already with the same defaults is fine.
 */
public final class Registration {

    private final Registrar registrar;

    public Registration(Registrar registrar) {
        this.registrar = Objects.requireNonNull(registrar, "registrar");
    }

    /** @return one line per domain and type: registered, or already there */
    public List<String> register(WorkflowDefinition workflow, int retentionDays) {
        List<String> report = new ArrayList<>();
        report.add(domain(workflow.domain(), retentionDays));
        report.add(line("workflow type " + workflow.workflowType(),
                registrar.registerWorkflowType(workflowType(workflow))));
        for (StepDefinition step : workflow.steps()) {
            report.add(line("activity type " + step.activityType(),
                    registrar.registerActivityType(activityType(workflow.domain(), step))));
        }
        return report;
    }

    public String domain(String domain, int retentionDays) {
        return line("domain " + domain, registrar.registerDomain(RegisterDomainRequest.builder()
                .name(domain)
                .workflowExecutionRetentionPeriodInDays(Integer.toString(retentionDays))
                .build()));
    }

    static RegisterWorkflowTypeRequest workflowType(WorkflowDefinition workflow) {
        return RegisterWorkflowTypeRequest.builder()
                .domain(workflow.domain())
                .name(workflow.workflowType().name())
                .version(workflow.workflowType().version())
                .defaultTaskList(new TaskList(workflow.taskList()))
                .defaultExecutionStartToCloseTimeout(workflow.executionStartToCloseTimeout())
                .defaultTaskStartToCloseTimeout(workflow.taskStartToCloseTimeout())
                .defaultChildPolicy(ChildPolicy.TERMINATE)
                .build();
    }

    static RegisterActivityTypeRequest activityType(String domain, StepDefinition step) {
        return RegisterActivityTypeRequest.builder()
                .domain(domain)
                .name(step.activityType().name())
                .version(step.activityType().version())
                .defaultTaskList(new TaskList(step.taskList()))
                .defaultTaskScheduleToStartTimeout(step.scheduleToStartTimeout())
                .defaultTaskStartToCloseTimeout(step.startToCloseTimeout())
                .defaultTaskScheduleToCloseTimeout(step.scheduleToCloseTimeout())
                .defaultTaskHeartbeatTimeout(step.heartbeatTimeout())
                .build();
    }

    private static String line(String what, boolean created) {
        return what + (created ? ": registered" : ": already registered");
    }
}
