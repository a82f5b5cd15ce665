package dev.swfrelay.it.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.swfrelay.emulator.SwfEmulatorServer;
import dev.swfrelay.it.bench.load.OneConnectionClients;
import dev.swfrelay.it.bench.load.WireStatuses;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.CloseStatus;
import software.amazon.awssdk.services.swf.model.DecisionType;
import software.amazon.awssdk.services.swf.model.ExecutionStatus;
import software.amazon.awssdk.services.swf.model.PollForDecisionTaskResponse;
import software.amazon.awssdk.services.swf.model.WorkflowExecution;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionInfo;

/**
 * An acknowledged change is visible to the next request on any connection. 64 SDK v2 clients,
 * one connection each and no retries, close 10,000 runs: each run is started, its decision task
 * taken and answered with CompleteWorkflowExecution (nothing else can happen in such a run, so
 * the close cannot fail); the moment that answer arrives, the run is read on another connection
 * and must be described CLOSED/COMPLETED, listed closed (filtered by its workflow id, one item a
 * page, every page read) and counted closed once. At the end the whole domain, read page by
 * page, lists each run closed exactly once, and none open.
 */
class ReadYourWritesOverHttpIT {

    private static final int CONNECTIONS = 64;
    private static final int RUNS = 10_000;
    private static final String DOMAIN = "ryw";
    private static final Instant SINCE = Instant.EPOCH;

    private final WireStatuses statuses = new WireStatuses();
    private final ConcurrentLinkedQueue<String> violations = new ConcurrentLinkedQueue<>();
    private final Set<String> closedRuns = ConcurrentHashMap.newKeySet();
    private final AtomicInteger nextRun = new AtomicInteger();

    @Test
    void everyRunAnsweredClosedReadsBackClosedOnAnotherConnectionAtOnce() throws Exception {
        try (SwfEmulatorServer server = SwfEmulatorServer.builder().pollHold(Duration.ofSeconds(5)).build().start()) {
            OneConnectionClients connections = new OneConnectionClients(server.uri(), statuses);
            List<SwfClient> clients = new ArrayList<>();
            for (int i = 0; i < CONNECTIONS; i++) {
                clients.add(connections.client());
            }
            try {
                register(clients.get(0));
                runAll(clients);

                assertThat(violations).as("reads that did not show an acknowledged close").isEmpty();
                assertThat(statuses.errors()).as("answers that were not 200").isEmpty();
                assertThat(closedRuns).hasSize(RUNS);
                assertWholeDomainListsEachRunClosedOnce(clients.get(1));
            } finally {
                clients.forEach(SwfClient::close);
            }
        }
    }

    private void runAll(List<SwfClient> clients) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(CONNECTIONS);
        try {
            List<Future<?>> loops = new ArrayList<>();
            for (int i = 0; i < CONNECTIONS; i++) {
                SwfClient own = clients.get(i);
                SwfClient other = clients.get((i + 1) % CONNECTIONS);
                String taskList = "decisions-" + i;
                loops.add(threads.submit(() -> closeRunsUntilAllAre(own, other, taskList)));
            }
            for (Future<?> loop : loops) {
                loop.get(10, TimeUnit.MINUTES);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private void closeRunsUntilAllAre(SwfClient own, SwfClient other, String taskList) {
        for (int n = nextRun.getAndIncrement(); n < RUNS; n = nextRun.getAndIncrement()) {
            String workflowId = "ryw-" + n;
            WorkflowExecution run = WorkflowExecution.builder().workflowId(workflowId)
                    .runId(own.startWorkflowExecution(r -> r.domain(DOMAIN).workflowId(workflowId)
                            .workflowType(t -> t.name("ryw").version("1")).taskList(l -> l.name(taskList))).runId())
                    .build();
            PollForDecisionTaskResponse task = own.pollForDecisionTask(r -> r.domain(DOMAIN)
                    .taskList(l -> l.name(taskList)).identity("closer"));
            if (!run.equals(task.workflowExecution())) {
                violations.add(workflowId + ": its decision task did not come (" + task.workflowExecution() + ")");
                continue;
            }
            own.respondDecisionTaskCompleted(r -> r.taskToken(task.taskToken()).decisions(d -> d
                    .decisionType(DecisionType.COMPLETE_WORKFLOW_EXECUTION)
                    .completeWorkflowExecutionDecisionAttributes(a -> a.result("done"))));
            checkClosed(other, run);
            closedRuns.add(run.runId());
        }
    }

    /** Right after the close was answered, on {@code other}'s connection: describe, list closed, count closed. */
    private void checkClosed(SwfClient other, WorkflowExecution run) {
        String id = run.workflowId();
        WorkflowExecutionInfo described = other.describeWorkflowExecution(r -> r.domain(DOMAIN).execution(run))
                .executionInfo();
        if (described.executionStatus() != ExecutionStatus.CLOSED || described.closeStatus() != CloseStatus.COMPLETED) {
            violations.add(id + " described " + described.executionStatus() + "/" + described.closeStatus());
        }
        List<WorkflowExecutionInfo> listed = other.listClosedWorkflowExecutionsPaginator(r -> r.domain(DOMAIN)
                        .startTimeFilter(f -> f.oldestDate(SINCE)).executionFilter(f -> f.workflowId(id)).maximumPageSize(1))
                .executionInfos().stream().toList();
        if (listed.size() != 1 || !listed.get(0).execution().equals(run)
                || listed.get(0).closeStatus() != CloseStatus.COMPLETED) {
            violations.add(id + " listed closed as " + listed);
        }
        int counted = other.countClosedWorkflowExecutions(r -> r.domain(DOMAIN).startTimeFilter(f -> f.oldestDate(SINCE))
                .executionFilter(f -> f.workflowId(id))).count();
        if (counted != 1) {
            violations.add(id + " counted closed " + counted + " times");
        }
    }

    private void assertWholeDomainListsEachRunClosedOnce(SwfClient swf) {
        List<WorkflowExecutionInfo> all = swf.listClosedWorkflowExecutionsPaginator(r -> r.domain(DOMAIN)
                .startTimeFilter(f -> f.oldestDate(SINCE)).maximumPageSize(700)).executionInfos().stream().toList();
        assertThat(all).extracting(info -> info.execution().runId()).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(closedRuns);
        assertThat(all).allSatisfy(info -> assertThat(info.closeStatus()).isEqualTo(CloseStatus.COMPLETED));
        assertThat(swf.countClosedWorkflowExecutions(r -> r.domain(DOMAIN).startTimeFilter(f -> f.oldestDate(SINCE)))
                .count()).isEqualTo(RUNS);
        assertThat(swf.countOpenWorkflowExecutions(r -> r.domain(DOMAIN).startTimeFilter(f -> f.oldestDate(SINCE)))
                .count()).isZero();
    }

    private static void register(SwfClient swf) {
        swf.registerDomain(r -> r.name(DOMAIN).workflowExecutionRetentionPeriodInDays("1"));
        swf.registerWorkflowType(r -> r.domain(DOMAIN).name("ryw").version("1").defaultChildPolicy("TERMINATE")
                .defaultExecutionStartToCloseTimeout("3600").defaultTaskStartToCloseTimeout("600"));
    }
}
