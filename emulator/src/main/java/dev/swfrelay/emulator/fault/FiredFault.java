package dev.swfrelay.emulator.fault;

/**
 * One fault that fired: its number in the rule set's order of firing (from 1), the rule, the
 * call's operation, the action taken, and what the call named (domain and workflow id, when it
 * named them).
 */
public record FiredFault(long sequence, String rule, String operation, FaultAction action, String domain,
                         String workflowId) {

    /** One line for the log. */
    public String describe() {
        return "fault rule '" + rule + "' fired (#" + sequence + "): " + operation + " -> " + action.describe()
                + (domain == null ? "" : " in domain " + domain) + (workflowId == null ? "" : ", workflow " + workflowId);
    }
}
