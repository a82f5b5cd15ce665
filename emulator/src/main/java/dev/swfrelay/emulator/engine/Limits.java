package dev.swfrelay.emulator.engine;

/**
 * SWF's quotas, enforced by the engine with SWF's own behaviour. {@link #swf()} gives SWF's
 * documented defaults; tests lower them to provoke the limit cheaply.
 *
 * @param maxHistoryEvents events an execution's history may hold; reaching it terminates the
 *        execution with cause {@code EVENT_LIMIT_EXCEEDED}
 * @param maxOpenActivities open activity tasks per execution ({@code OPEN_ACTIVITIES_LIMIT_EXCEEDED})
 * @param maxOpenTimers open timers per execution ({@code OPEN_TIMERS_LIMIT_EXCEEDED})
 * @param maxOpenChildren open child executions per execution ({@code OPEN_CHILDREN_LIMIT_EXCEEDED})
 * @param maxOpenLambdas open Lambda tasks per execution
 * @param maxOpenExecutionsPerDomain open executions per domain ({@code LimitExceededFault})
 * @param maxRegisteredDomains registered domains per account and region ({@code LimitExceededFault})
 * @param maxTypesPerDomain registered workflow or activity types per domain ({@code LimitExceededFault})
 * @param maxPageSize largest page of any list or history
 * @param maxDecisionsPerCompletion decisions accepted by one RespondDecisionTaskCompleted
 * @param maxTagsPerExecution tags on an execution
 * @param maxPollersPerTaskList polls parked at once on one task list; one more is refused with
 *        {@code LimitExceededFault}
 */
public record Limits(
        int maxHistoryEvents,
        int maxOpenActivities,
        int maxOpenTimers,
        int maxOpenChildren,
        int maxOpenLambdas,
        int maxOpenExecutionsPerDomain,
        int maxRegisteredDomains,
        int maxTypesPerDomain,
        int maxPageSize,
        int maxDecisionsPerCompletion,
        int maxTagsPerExecution,
        int maxPollersPerTaskList) {

    public Limits {
        positive(maxHistoryEvents, "maxHistoryEvents");
        positive(maxOpenActivities, "maxOpenActivities");
        positive(maxOpenTimers, "maxOpenTimers");
        positive(maxOpenChildren, "maxOpenChildren");
        positive(maxOpenLambdas, "maxOpenLambdas");
        positive(maxOpenExecutionsPerDomain, "maxOpenExecutionsPerDomain");
        positive(maxRegisteredDomains, "maxRegisteredDomains");
        positive(maxTypesPerDomain, "maxTypesPerDomain");
        positive(maxPageSize, "maxPageSize");
        positive(maxDecisionsPerCompletion, "maxDecisionsPerCompletion");
        positive(maxTagsPerExecution, "maxTagsPerExecution");
        positive(maxPollersPerTaskList, "maxPollersPerTaskList");
    }

    /** SWF's documented quotas. */
    public static Limits swf() {
        return new Limits(25_000, 1_000, 1_000, 1_000, 50, 100_000, 100, 10_000, 1_000, 1_000, 5, 1_000);
    }

    public Limits withMaxHistoryEvents(int value) {
        return new Limits(value, maxOpenActivities, maxOpenTimers, maxOpenChildren, maxOpenLambdas,
                maxOpenExecutionsPerDomain, maxRegisteredDomains, maxTypesPerDomain, maxPageSize,
                maxDecisionsPerCompletion, maxTagsPerExecution, maxPollersPerTaskList);
    }

    public Limits withMaxOpenActivities(int value) {
        return new Limits(maxHistoryEvents, value, maxOpenTimers, maxOpenChildren, maxOpenLambdas,
                maxOpenExecutionsPerDomain, maxRegisteredDomains, maxTypesPerDomain, maxPageSize,
                maxDecisionsPerCompletion, maxTagsPerExecution, maxPollersPerTaskList);
    }

    public Limits withMaxOpenTimers(int value) {
        return new Limits(maxHistoryEvents, maxOpenActivities, value, maxOpenChildren, maxOpenLambdas,
                maxOpenExecutionsPerDomain, maxRegisteredDomains, maxTypesPerDomain, maxPageSize,
                maxDecisionsPerCompletion, maxTagsPerExecution, maxPollersPerTaskList);
    }

    public Limits withMaxOpenLambdas(int value) {
        return new Limits(maxHistoryEvents, maxOpenActivities, maxOpenTimers, maxOpenChildren, value,
                maxOpenExecutionsPerDomain, maxRegisteredDomains, maxTypesPerDomain, maxPageSize,
                maxDecisionsPerCompletion, maxTagsPerExecution, maxPollersPerTaskList);
    }

    public Limits withMaxOpenExecutionsPerDomain(int value) {
        return new Limits(maxHistoryEvents, maxOpenActivities, maxOpenTimers, maxOpenChildren, maxOpenLambdas,
                value, maxRegisteredDomains, maxTypesPerDomain, maxPageSize,
                maxDecisionsPerCompletion, maxTagsPerExecution, maxPollersPerTaskList);
    }

    public Limits withMaxRegisteredDomains(int value) {
        return new Limits(maxHistoryEvents, maxOpenActivities, maxOpenTimers, maxOpenChildren, maxOpenLambdas,
                maxOpenExecutionsPerDomain, value, maxTypesPerDomain, maxPageSize,
                maxDecisionsPerCompletion, maxTagsPerExecution, maxPollersPerTaskList);
    }

    public Limits withMaxPollersPerTaskList(int value) {
        return new Limits(maxHistoryEvents, maxOpenActivities, maxOpenTimers, maxOpenChildren, maxOpenLambdas,
                maxOpenExecutionsPerDomain, maxRegisteredDomains, maxTypesPerDomain, maxPageSize,
                maxDecisionsPerCompletion, maxTagsPerExecution, value);
    }

    private static void positive(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException("Limits." + name + " must be at least 1, was " + value);
        }
    }
}
