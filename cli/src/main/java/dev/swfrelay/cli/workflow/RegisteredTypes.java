package dev.swfrelay.cli.workflow;

import dev.swfrelay.cli.UserError;
import dev.swfrelay.core.api.DescribeActivityTypeRequest;
import dev.swfrelay.core.api.DescribeWorkflowTypeRequest;
import dev.swfrelay.core.api.SwfService;
import dev.swfrelay.core.model.ActivityType;
import dev.swfrelay.core.model.FaultType;
import dev.swfrelay.core.model.RegistrationStatus;
import dev.swfrelay.core.model.SwfFault;
import dev.swfrelay.core.model.WorkflowType;
import java.util.function.Supplier;

/**
 * Checks, before a decider takes its first task, that the workflow type and every step's activity type of a
 * workflow file are registered and active in the domain. A decider for an unregistered version would take the
 * other version's decision tasks from the shared task list and fail every activity it schedules
 * ({@code ACTIVITY_TYPE_DOES_NOT_EXIST}); it stops at start instead, saying what to register.
 */
public final class RegisteredTypes {

    private RegisteredTypes() {
    }

    /** @param registerHint the command that registers the file's types, as the user would type it */
    public static void check(SwfService swf, String domain, WorkflowDefinition workflow, String registerHint) {
        TypeRef type = workflow.workflowType();
        RegistrationStatus status = status(() -> swf.describeWorkflowType(new DescribeWorkflowTypeRequest(domain,
                new WorkflowType(type.name(), type.version()))).typeInfo().status());
        refuse("workflow type " + type, status, domain, registerHint);
        for (StepDefinition step : workflow.steps()) {
            TypeRef activity = step.activityType();
            RegistrationStatus stepStatus = status(() -> swf.describeActivityType(new DescribeActivityTypeRequest(
                    new ActivityType(activity.name(), activity.version()), domain)).typeInfo().status());
            refuse("activity type " + activity + " (step " + step.name() + ")", stepStatus, domain, registerHint);
        }
    }

    private static RegistrationStatus status(Supplier<RegistrationStatus> describe) {
        try {
            return describe.get();
        } catch (SwfFault fault) {
            if (fault.type() == FaultType.UnknownResourceFault) {
                return null;
            }
            throw fault;
        }
    }

    private static void refuse(String what, RegistrationStatus status, String domain, String registerHint) {
        if (status == null) {
            throw new UserError(what + " is not registered in domain " + domain + "; a decider for it would take "
                    + "other versions' tasks from the task list and fail them. Register it first: " + registerHint);
        }
        if (status == RegistrationStatus.DEPRECATED) {
            throw new UserError(what + " is deprecated in domain " + domain + "; SWF refuses new work for it. "
                    + "Give the type a new version in the workflow file and register it: " + registerHint);
        }
    }
}
