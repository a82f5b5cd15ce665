package dev.swfrelay.emulator.engine.throttle;

/**
 * SWF's throttling quotas, the one table: each a token bucket of {@code bucketSize} tokens that
 * gains {@code refillPerSecond} tokens a second, one token per call or decision. Every number is
 * the developer guide's, section "Amazon SWF throttling quotas", the same in all regions:
 * https://docs.aws.amazon.com/amazonswf/latest/developerguide/swf-dg-limits.html#swf-throttling-limits
 *
 * <p>{@link Api}: per account and region (one engine), one bucket per API. {@link Decision}: per
 * account and region, one bucket per decision type. {@link Run}: per workflow run.
 */
public final class SwfQuotas {

    private SwfQuotas() {
    }

    /** One row of the table. */
    public interface Quota {
        /** The API or decision as the page names it. */
        String apiName();

        int bucketSize();

        int refillPerSecond();
    }

    /** "Throttling quotas for all Regions": one bucket per API, per account and region. */
    public enum Api implements Quota {
        COUNT_CLOSED_WORKFLOW_EXECUTIONS("CountClosedWorkflowExecutions", 2000, 6),
        COUNT_OPEN_WORKFLOW_EXECUTIONS("CountOpenWorkflowExecutions", 2000, 6),
        COUNT_PENDING_ACTIVITY_TASKS("CountPendingActivityTasks", 200, 6),
        COUNT_PENDING_DECISION_TASKS("CountPendingDecisionTasks", 200, 6),
        DELETE_ACTIVITY_TYPE("DeleteActivityType", 200, 6),
        DELETE_WORKFLOW_TYPE("DeleteWorkflowType", 200, 6),
        DEPRECATE_ACTIVITY_TYPE("DeprecateActivityType", 200, 6),
        DEPRECATE_DOMAIN("DeprecateDomain", 100, 6),
        DEPRECATE_WORKFLOW_TYPE("DeprecateWorkflowType", 200, 6),
        DESCRIBE_ACTIVITY_TYPE("DescribeActivityType", 2000, 6),
        DESCRIBE_DOMAIN("DescribeDomain", 200, 6),
        DESCRIBE_WORKFLOW_EXECUTION("DescribeWorkflowExecution", 2000, 6),
        DESCRIBE_WORKFLOW_TYPE("DescribeWorkflowType", 2000, 6),
        GET_WORKFLOW_EXECUTION_HISTORY("GetWorkflowExecutionHistory", 2000, 60),
        LIST_ACTIVITY_TYPES("ListActivityTypes", 200, 6),
        LIST_CLOSED_WORKFLOW_EXECUTIONS("ListClosedWorkflowExecutions", 200, 6),
        LIST_DOMAINS("ListDomains", 100, 6),
        LIST_OPEN_WORKFLOW_EXECUTIONS("ListOpenWorkflowExecutions", 200, 48),
        LIST_TAGS_FOR_RESOURCE("ListTagsForResource", 50, 30),
        LIST_WORKFLOW_TYPES("ListWorkflowTypes", 200, 6),
        POLL_FOR_ACTIVITY_TASK("PollForActivityTask", 2000, 200),
        POLL_FOR_DECISION_TASK("PollForDecisionTask", 2000, 200),
        RECORD_ACTIVITY_TASK_HEARTBEAT("RecordActivityTaskHeartbeat", 2000, 160),
        REGISTER_ACTIVITY_TYPE("RegisterActivityType", 200, 60),
        REGISTER_DOMAIN("RegisterDomain", 100, 6),
        REGISTER_WORKFLOW_TYPE("RegisterWorkflowType", 200, 60),
        REQUEST_CANCEL_WORKFLOW_EXECUTION("RequestCancelWorkflowExecution", 2000, 30),
        RESPOND_ACTIVITY_TASK_CANCELED("RespondActivityTaskCanceled", 2000, 200),
        RESPOND_ACTIVITY_TASK_COMPLETED("RespondActivityTaskCompleted", 2000, 200),
        RESPOND_ACTIVITY_TASK_FAILED("RespondActivityTaskFailed", 2000, 200),
        RESPOND_DECISION_TASK_COMPLETED("RespondDecisionTaskCompleted", 2000, 200),
        SIGNAL_WORKFLOW_EXECUTION("SignalWorkflowExecution", 2000, 30),
        START_WORKFLOW_EXECUTION("StartWorkflowExecution", 2000, 200),
        TAG_RESOURCE("TagResource", 50, 30),
        TERMINATE_WORKFLOW_EXECUTION("TerminateWorkflowExecution", 2000, 60),
        UNDEPRECATE_ACTIVITY_TYPE("UndeprecateActivityType", 200, 6),
        UNDEPRECATE_DOMAIN("UndeprecateDomain", 100, 6),
        UNDEPRECATE_WORKFLOW_TYPE("UndeprecateWorkflowType", 200, 6),
        UNTAG_RESOURCE("UntagResource", 50, 30);

        private final String apiName;
        private final int bucketSize;
        private final int refillPerSecond;

        Api(String apiName, int bucketSize, int refillPerSecond) {
            this.apiName = apiName;
            this.bucketSize = bucketSize;
            this.refillPerSecond = refillPerSecond;
        }

        @Override
        public String apiName() {
            return apiName;
        }

        @Override
        public int bucketSize() {
            return bucketSize;
        }

        @Override
        public int refillPerSecond() {
            return refillPerSecond;
        }
    }

    /** "Decision quotas for all Regions": one bucket per decision type, per account and region. */
    public enum Decision implements Quota {
        REQUEST_CANCEL_EXTERNAL_WORKFLOW_EXECUTION("RequestCancelExternalWorkflowExecution", 1200, 120),
        SCHEDULE_ACTIVITY_TASK("ScheduleActivityTask", 1000, 200),
        SIGNAL_EXTERNAL_WORKFLOW_EXECUTION("SignalExternalWorkflowExecution", 1200, 120),
        START_CHILD_WORKFLOW_EXECUTION("StartChildWorkflowExecution", 500, 12),
        START_TIMER("StartTimer", 2000, 200);

        private final String apiName;
        private final int bucketSize;
        private final int refillPerSecond;

        Decision(String apiName, int bucketSize, int refillPerSecond) {
            this.apiName = apiName;
            this.bucketSize = bucketSize;
            this.refillPerSecond = refillPerSecond;
        }

        @Override
        public String apiName() {
            return apiName;
        }

        @Override
        public int bucketSize() {
            return bucketSize;
        }

        @Override
        public int refillPerSecond() {
            return refillPerSecond;
        }
    }

    /** "Workflow-level quotas": one bucket per API per workflow run, on top of the account's. */
    public enum Run implements Quota {
        GET_WORKFLOW_EXECUTION_HISTORY("GetWorkflowExecutionHistory", 400, 200),
        SIGNAL_WORKFLOW_EXECUTION("SignalWorkflowExecution", 1000, 1000),
        RECORD_ACTIVITY_TASK_HEARTBEAT("RecordActivityTaskHeartbeat", 1000, 1000),
        REQUEST_CANCEL_WORKFLOW_EXECUTION("RequestCancelWorkflowExecution", 200, 200);

        private final String apiName;
        private final int bucketSize;
        private final int refillPerSecond;

        Run(String apiName, int bucketSize, int refillPerSecond) {
            this.apiName = apiName;
            this.bucketSize = bucketSize;
            this.refillPerSecond = refillPerSecond;
        }

        @Override
        public String apiName() {
            return apiName;
        }

        @Override
        public int bucketSize() {
            return bucketSize;
        }

        @Override
        public int refillPerSecond() {
            return refillPerSecond;
        }
    }
}
