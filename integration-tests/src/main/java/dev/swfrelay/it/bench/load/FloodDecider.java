package dev.swfrelay.it.bench.load;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.Decision;
import software.amazon.awssdk.services.swf.model.DecisionType;
import software.amazon.awssdk.services.swf.model.ExecutionStatus;
import software.amazon.awssdk.services.swf.model.PollForDecisionTaskResponse;

/**
 * One decider on its own client. The first decision task of an execution schedules all its
 * activities in one decision; a later one closes the execution once no activity is open
 * (asked with DescribeWorkflowExecution, so no poll needs the whole history: each asks for
 * one event), and otherwise answers with no decisions. An execution counts as closed when
 * DescribeWorkflowExecution says so after a close decision, once per run: when a decider's close
 * fails ({@code UNHANDLED_DECISION}) and another decider's close of the same run succeeds before
 * the first one describes it, both see it closed, and counting both let the flood end with one run
 * still open (the "99 of 100" CI failure).
 */
final class FloodDecider extends FloodLoop {

    private final SwfClient swf;
    private final int activities;
    private final CountDownLatch closed;
    private final Set<String> closedRuns;

    FloodDecider(SwfClient swf, int activities, CountDownLatch closed, Set<String> closedRuns, BooleanSupplier done,
                 Consumer<Exception> failures) {
        super(done, failures);
        this.swf = swf;
        this.activities = activities;
        this.closed = closed;
        this.closedRuns = closedRuns;
    }

    @Override
    void once() {
        PollForDecisionTaskResponse task = swf.pollForDecisionTask(r -> r.domain(FloodFlow.DOMAIN)
                .taskList(FloodFlow.DECISIONS).identity("flood-decider").maximumPageSize(1).reverseOrder(true));
        if (task.taskToken() == null || task.taskToken().isEmpty()) {
            return;
        }
        List<Decision> decisions = task.previousStartedEventId() == 0 ? scheduleAll() : closeWhenDone(task);
        swf.respondDecisionTaskCompleted(r -> r.taskToken(task.taskToken()).decisions(decisions));
        if (!decisions.isEmpty() && decisions.get(0).decisionType() == DecisionType.COMPLETE_WORKFLOW_EXECUTION
                && isClosed(task) && closedRuns.add(task.workflowExecution().runId())) {
            closed.countDown();
        }
    }

    /**
     * Whether the execution is closed now: a close decision may fail ({@code UNHANDLED_DECISION}
     * when an event came in while deciding), and then a new decision task comes to try again.
     */
    private boolean isClosed(PollForDecisionTaskResponse task) {
        return swf.describeWorkflowExecution(r -> r.domain(FloodFlow.DOMAIN).execution(task.workflowExecution()))
                .executionInfo().executionStatus() == ExecutionStatus.CLOSED;
    }

    private List<Decision> scheduleAll() {
        return IntStream.range(0, activities).mapToObj(i -> Decision.builder()
                .decisionType(DecisionType.SCHEDULE_ACTIVITY_TASK)
                .scheduleActivityTaskDecisionAttributes(a -> a.activityType(FloodFlow.ACTIVITY).activityId("a-" + i)
                        .input(Integer.toString(i)))
                .build()).toList();
    }

    private List<Decision> closeWhenDone(PollForDecisionTaskResponse task) {
        int open = swf.describeWorkflowExecution(r -> r.domain(FloodFlow.DOMAIN).execution(task.workflowExecution()))
                .openCounts().openActivityTasks();
        return open > 0 ? List.of() : List.of(Decision.builder().decisionType(DecisionType.COMPLETE_WORKFLOW_EXECUTION)
                .completeWorkflowExecutionDecisionAttributes(a -> a.result("done")).build());
    }
}
