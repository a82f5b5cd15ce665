package dev.swfrelay.emulator.fault;

import dev.swfrelay.emulator.engine.TaskAddress;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Which calls a rule looks at: each field given must equal the call's ({@code null}: any). A call
 * that carries only a task token is matched by what the token names ({@link TaskAddress}).
 */
public record RuleMatch(String operation, String domain, String taskList, String workflowId, String activityType) {

    /** Every call. */
    public static final RuleMatch ANY = new RuleMatch(null, null, null, null, null);

    public RuleMatch {
        if (operation != null && !InterceptedSwfService.OPERATIONS.contains(operation)) {
            throw new IllegalArgumentException("operation '" + operation + "' is not one of SWF's; e.g. "
                    + "RespondActivityTaskCompleted, PollForDecisionTask");
        }
    }

    public RuleMatch withOperation(String name) {
        return new RuleMatch(name, domain, taskList, workflowId, activityType);
    }

    public RuleMatch withDomain(String name) {
        return new RuleMatch(operation, name, taskList, workflowId, activityType);
    }

    public RuleMatch withTaskList(String name) {
        return new RuleMatch(operation, domain, name, workflowId, activityType);
    }

    public RuleMatch withWorkflowId(String id) {
        return new RuleMatch(operation, domain, taskList, id, activityType);
    }

    public RuleMatch withActivityType(String name) {
        return new RuleMatch(operation, domain, taskList, workflowId, name);
    }

    /** Whether {@code call} is one of these; {@code token} reads its task token when a field needs it. */
    boolean matches(CallTarget call, Supplier<Optional<TaskAddress>> token) {
        if (operation != null && !operation.equals(call.operation())) {
            return false;
        }
        return same(domain, call.domain(), token, TaskAddress::domain)
                && same(taskList, call.taskList(), token, TaskAddress::taskList)
                && same(workflowId, call.workflowId(), token, TaskAddress::workflowId)
                && same(activityType, call.activityType(), token, TaskAddress::activityType);
    }

    private static boolean same(String wanted, String given, Supplier<Optional<TaskAddress>> token,
                                java.util.function.Function<TaskAddress, String> field) {
        if (wanted == null) {
            return true;
        }
        if (given != null) {
            return wanted.equals(given);
        }
        return token.get().map(field).map(wanted::equals).orElse(false);
    }
}
