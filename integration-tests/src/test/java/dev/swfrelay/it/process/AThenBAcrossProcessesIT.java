package dev.swfrelay.it.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.swfrelay.aws.AwsSwf;
import dev.swfrelay.aws.AwsSwfService;
import dev.swfrelay.core.api.CountOpenWorkflowExecutionsRequest;
import dev.swfrelay.core.api.CountPendingActivityTasksRequest;
import dev.swfrelay.core.api.CountPendingDecisionTasksRequest;
import dev.swfrelay.core.api.ListOpenWorkflowExecutionsRequest;
import dev.swfrelay.core.api.StartWorkflowExecutionRequest;
import dev.swfrelay.core.model.ActivityTaskTimeoutType;
import dev.swfrelay.core.model.ExecutionTimeFilter;
import dev.swfrelay.core.model.Run;
import dev.swfrelay.core.model.TaskList;
import dev.swfrelay.core.model.WorkflowExecution;
import dev.swfrelay.core.model.event.ActivityTaskTimedOut;
import dev.swfrelay.core.port.WorkflowClient;
import dev.swfrelay.core.service.ServicePorts;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The seed's flow across four machines, played by four JVMs: the emulator's server, a
 * decider, a worker on {@code a_tasks} and one on {@code b_tasks}, all talking SWF's wire
 * protocol through the AWS SDK. Two scenarios on the same machines, each its own test so
 * that one failing does not hide the other: 50 executions run A then B; and worker A is
 * SIGKILLed in the middle of a task, its task times out on heartbeat, the pipeline retries
 * it, a restarted worker finishes it, and still every execution completes exactly once.
 * They run in that order only so that the figures read in time order; neither needs the other.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AThenBAcrossProcessesIT {

    private static final int EXECUTIONS = Integer.getInteger("swf.it.executions", 50);
    private static final Duration STARTUP = Duration.ofSeconds(30);

    private static final List<Machine> machines = new ArrayList<>();
    private static final Map<String, Object> figures = new TreeMap<>();
    private static Instant begun;
    private static URI endpoint;
    private static AwsSwfService swf;
    private static WorkflowClient client;
    private static Machine workerA;

    @BeforeAll
    static void startMachines() throws Exception {
        begun = Instant.now();
        Machine server = machine("emulator-server", EmulatorServerMain.class);
        String ready = server.awaitLine(line -> line.startsWith("LISTENING "), STARTUP);
        endpoint = URI.create(ready.substring("LISTENING ".length()).trim());
        swf = AwsSwf.forEndpoint(endpoint, "us-east-1");
        ServicePorts ports = swf.ports(Flow.DOMAIN, "test");
        Flow.register(ports.registrar());
        client = ports.workflows();
        Machine decider = machine("decider", DeciderMain.class, endpoint.toString());
        workerA = startWorkerA("victim-0");
        Machine workerB = machine("worker-b", WorkerMain.class, endpoint.toString(), Flow.B_TASKS.name(), "B");
        for (Machine m : List.of(decider, workerB)) {
            m.awaitLine(line -> line.startsWith("READY"), STARTUP);
        }
        figures.put("startup_ms", Duration.between(begun, Instant.now()).toMillis());
    }

    @AfterAll
    static void stopMachines() throws InterruptedException {
        if (swf != null) {
            swf.close();
        }
        for (Machine m : machines) {
            m.close();
        }
        figures.put("wall_ms", Duration.between(begun, Instant.now()).toMillis());
        System.out.println("across-processes figures: " + figures);
    }

    @Test
    @Order(1)
    void fiftyExecutionsRunAThenB() throws Exception {
        Instant t0 = Instant.now();
        List<String> first = startExecutions("run1", EXECUTIONS);
        figures.put("run1_starts_ms", Duration.between(t0, Instant.now()).toMillis());
        awaitAllClosed(Duration.ofSeconds(60));
        long ms = Duration.between(t0, Instant.now()).toMillis();
        figures.put("run1_ms", ms);
        figures.put("run1_workflows_per_s", Math.round(EXECUTIONS * 1000.0 / ms * 10) / 10.0);
        first.forEach(id -> history(id).assertAThenBCompletedOnce());
        assertNothingPending();
    }

    @Test
    @Order(2)
    void workerAIsKilledMidTaskAndItsTaskIsRetried() throws Exception {
        Instant t0 = Instant.now();
        List<String> second = new ArrayList<>(startExecutions("victim", 1));
        workerA.awaitLine(line -> line.startsWith("STARTED A victim-0 "), Duration.ofSeconds(30));
        second.addAll(startExecutions("run2", EXECUTIONS - 1));

        workerA.kill();
        Instant killed = Instant.now();
        workerA = startWorkerA("none");
        awaitAllClosed(Duration.ofSeconds(60));
        figures.put("run2_ms", Duration.between(t0, Instant.now()).toMillis());
        figures.put("run2_recovery_after_kill_ms", Duration.between(killed, Instant.now()).toMillis());

        second.forEach(id -> history(id).assertAThenBCompletedOnce());
        FlowHistory victim = history("victim-0");
        assertThat(victim.timeouts()).extracting(ActivityTaskTimedOut::timeoutType)
                .containsExactly(ActivityTaskTimeoutType.HEARTBEAT);
        assertThat(victim.scheduledCount()).as("A twice (timed out, retried), B once").isEqualTo(3);
        assertThat(workerA.lines()).anyMatch(line -> line.startsWith("DONE A victim-0 A-2"));
        assertNothingPending();
    }

    private static Machine startWorkerA(String hold) {
        Machine worker = machine("worker-a", WorkerMain.class, endpoint.toString(), Flow.A_TASKS.name(), "A", hold);
        worker.awaitLine(line -> line.startsWith("READY"), STARTUP);
        return worker;
    }

    private static Machine machine(String name, Class<?> main, String... args) {
        Machine machine = Machine.start(name, main, args);
        machines.add(machine);
        return machine;
    }

    /** Starts {@code count} executions from 8 threads, as several clients would. */
    private static List<String> startExecutions(String prefix, int count) throws Exception {
        List<String> ids = IntStream.range(0, count).mapToObj(i -> prefix + "-" + i).toList();
        ExecutorService starters = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Run>> starts = ids.stream().<Callable<Run>>map(id -> () -> client.start(
                    StartWorkflowExecutionRequest.builder().domain(Flow.DOMAIN).workflowId(id)
                            .workflowType(Flow.WORKFLOW).input("in-" + id).build())).toList();
            for (Future<Run> start : starters.invokeAll(starts)) {
                start.get();
            }
        } finally {
            starters.shutdown();
        }
        return ids;
    }

    private static void awaitAllClosed(Duration within) {
        await().atMost(within).pollInterval(Duration.ofMillis(50)).until(() -> swf.countOpenWorkflowExecutions(
                CountOpenWorkflowExecutionsRequest.builder().domain(Flow.DOMAIN)
                        .startTimeFilter(new ExecutionTimeFilter(null, Instant.EPOCH)).build()).count() == 0);
    }

    private static FlowHistory history(String workflowId) {
        List<WorkflowExecution> runs = client.listClosed(dev.swfrelay.core.api.ListClosedWorkflowExecutionsRequest
                .builder().domain(Flow.DOMAIN).startTimeFilter(new ExecutionTimeFilter(null, Instant.EPOCH))
                .executionFilter(new dev.swfrelay.core.model.WorkflowExecutionFilter(workflowId)).build())
                .stream().map(info -> info.execution()).toList();
        assertThat(runs).as("closed runs of %s", workflowId).hasSize(1);
        return new FlowHistory(workflowId, client.history(Flow.DOMAIN, runs.get(0)));
    }

    private static void assertNothingPending() {
        for (TaskList list : List.of(Flow.A_TASKS, Flow.B_TASKS)) {
            assertThat(swf.countPendingActivityTasks(new CountPendingActivityTasksRequest(Flow.DOMAIN, list)).count())
                    .as("pending on %s", list.name()).isZero();
        }
        assertThat(swf.countPendingDecisionTasks(new CountPendingDecisionTasksRequest(Flow.DOMAIN, Flow.DECISIONS))
                .count()).isZero();
        assertThat(client.listOpen(ListOpenWorkflowExecutionsRequest.builder().domain(Flow.DOMAIN)
                .startTimeFilter(new ExecutionTimeFilter(null, Instant.EPOCH)).build())).isEmpty();
    }
}
