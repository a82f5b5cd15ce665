package dev.swfrelay.emulator.metrics;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

/**
 * The metric families, named after SWF's CloudWatch metrics (Prometheus' conventions: snake case,
 * {@code _total} counters, durations in seconds where CloudWatch reports milliseconds) and labelled
 * with their CloudWatch dimensions plus the tenant's {@code account} and {@code region}.
 */
final class MetricFamilies {

    /** From 5 ms to a day: workflow time runs on the engine's clock, which a test may move by hours. */
    private static final double[] SECONDS = {0.005, 0.05, 0.5, 1, 5, 30, 60, 300, 900, 3600, 21600, 86400};

    static final String[] WORKFLOW = {"account", "region", "domain", "workflow_type_name", "workflow_type_version"};
    static final String[] ACTIVITY = {"account", "region", "domain", "activity_type_name", "activity_type_version"};
    static final String[] TASK_LIST = {"account", "region", "domain", "task_list", "task_list_classification"};

    final Counter workflowsStarted;
    final Counter workflowsClosed;
    final Histogram workflowStartToClose;
    final Histogram decisionScheduleToStart;
    final Histogram decisionStartToClose;
    final Counter decisionsTimedOut;
    final Counter activitiesStarted;
    final Counter activitiesClosed;
    final Histogram activityScheduleToStart;
    final Histogram activityStartToClose;
    final Histogram activityScheduleToClose;
    final Histogram taskListScheduleToStart;
    final Counter throttledEvents;
    final Counter consumedCapacity;
    final Counter injectedFaults;

    MetricFamilies(PrometheusRegistry registry) {
        workflowsStarted = counter("swf_workflows_started", "Workflow executions started (CloudWatch: none; "
                + "the base of WorkflowsCompleted and the others)", WORKFLOW).register(registry);
        workflowsClosed = counter("swf_workflows_closed", "Workflow executions closed, by close status "
                + "(CloudWatch: WorkflowsCompleted, WorkflowsFailed, WorkflowsTimedOut, WorkflowsCanceled, "
                + "WorkflowsTerminated, WorkflowsContinuedAsNew)", with(WORKFLOW, "status")).register(registry);
        workflowStartToClose = histogram("swf_workflow_start_to_close_seconds",
                "From a run's start to its close (CloudWatch: WorkflowStartToCloseTime)", WORKFLOW).register(registry);
        decisionScheduleToStart = histogram("swf_decision_task_schedule_to_start_seconds",
                "From a decision task's scheduling to its start (CloudWatch: DecisionTaskScheduleToStartTime)",
                WORKFLOW).register(registry);
        decisionStartToClose = histogram("swf_decision_task_start_to_close_seconds", "From a decision task's start "
                + "to its completion; the count is CloudWatch's DecisionTasksCompleted (DecisionTaskStartToCloseTime)",
                WORKFLOW).register(registry);
        decisionsTimedOut = counter("swf_decision_tasks_timed_out", "Started decision tasks that timed out "
                + "(CloudWatch: StartedDecisionTasksTimedOutOnClose)", WORKFLOW).register(registry);
        activitiesStarted = counter("swf_activity_tasks_started", "Activity tasks handed to a worker",
                ACTIVITY).register(registry);
        activitiesClosed = counter("swf_activity_tasks_closed", "Activity tasks closed, by how (CloudWatch: "
                + "ActivityTasksCompleted, ActivityTasksFailed, ActivityTasksCanceled and the four ...TimedOutOn...: "
                + "status timed_out with timeout_type)", with(with(ACTIVITY, "status"), "timeout_type")).register(registry);
        activityScheduleToStart = histogram("swf_activity_task_schedule_to_start_seconds",
                "CloudWatch: ActivityTaskScheduleToStartTime", ACTIVITY).register(registry);
        activityStartToClose = histogram("swf_activity_task_start_to_close_seconds",
                "CloudWatch: ActivityTaskStartToCloseTime (completed tasks)", ACTIVITY).register(registry);
        activityScheduleToClose = histogram("swf_activity_task_schedule_to_close_seconds",
                "CloudWatch: ActivityTaskScheduleToCloseTime (completed tasks)", ACTIVITY).register(registry);
        taskListScheduleToStart = histogram("swf_task_list_schedule_to_start_seconds", "From a task's scheduling on "
                + "a list to its start (CloudWatch: ScheduleToStartTime by TaskListName and TaskListClassification, "
                + "D or A)", TASK_LIST).register(registry);
        throttledEvents = counter("swf_throttled_events", "Calls and decisions refused for an empty bucket "
                + "(CloudWatch: ThrottledEvents by APIName or DecisionName)", new String[] {"account", "region", "api"})
                .register(registry);
        consumedCapacity = counter("swf_consumed_capacity", "Tokens taken from the throttling buckets "
                + "(CloudWatch: ConsumedCapacity by APIName or DecisionName)", new String[] {"account", "region", "api"})
                .register(registry);
        injectedFaults = counter("swf_relay_injected_faults", "Fault-injection rules fired (the emulator's own; "
                + "SWF has none)", new String[] {"account", "region", "rule", "action"}).register(registry);
    }

    private static Counter.Builder counter(String name, String help, String[] labels) {
        return Counter.builder().name(name).help(help).labelNames(labels).withoutExemplars();
    }

    private static Histogram.Builder histogram(String name, String help, String[] labels) {
        return Histogram.builder().name(name).help(help).unit(io.prometheus.metrics.model.snapshots.Unit.SECONDS)
                .labelNames(labels).classicOnly().classicUpperBounds(SECONDS).withoutExemplars();
    }

    private static String[] with(String[] labels, String more) {
        String[] all = java.util.Arrays.copyOf(labels, labels.length + 1);
        all[labels.length] = more;
        return all;
    }
}
