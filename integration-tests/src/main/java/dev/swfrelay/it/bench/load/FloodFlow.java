package dev.swfrelay.it.bench.load;

import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.ActivityType;
import software.amazon.awssdk.services.swf.model.TaskList;
import software.amazon.awssdk.services.swf.model.WorkflowType;

/** The flood's domain and types: one workflow type whose executions fan out to one activity type on one list. */
final class FloodFlow {

    static final String DOMAIN = "load";
    static final WorkflowType WORKFLOW = WorkflowType.builder().name("flood").version("1").build();
    static final ActivityType ACTIVITY = ActivityType.builder().name("work").version("1").build();
    static final TaskList DECISIONS = TaskList.builder().name("flood-decisions").build();
    static final TaskList TASKS = TaskList.builder().name("flood-tasks").build();

    private FloodFlow() {
    }

    /** Registers the domain and types; every timeout far beyond a run, so none fires while it lasts. */
    static void register(SwfClient swf) {
        swf.registerDomain(r -> r.name(DOMAIN).workflowExecutionRetentionPeriodInDays("1"));
        swf.registerWorkflowType(r -> r.domain(DOMAIN).name(WORKFLOW.name()).version(WORKFLOW.version())
                .defaultTaskList(DECISIONS).defaultChildPolicy("TERMINATE")
                .defaultExecutionStartToCloseTimeout("3600").defaultTaskStartToCloseTimeout("600"));
        swf.registerActivityType(r -> r.domain(DOMAIN).name(ACTIVITY.name()).version(ACTIVITY.version())
                .defaultTaskList(TASKS).defaultTaskHeartbeatTimeout("NONE")
                .defaultTaskScheduleToStartTimeout("3600").defaultTaskStartToCloseTimeout("600")
                .defaultTaskScheduleToCloseTimeout("4200"));
    }
}
