package dev.swfrelay.it.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.swfrelay.aws.AwsSwf;
import dev.swfrelay.aws.AwsSwfService;
import dev.swfrelay.cli.Main;
import dev.swfrelay.core.api.CountClosedWorkflowExecutionsRequest;
import dev.swfrelay.core.api.CountOpenWorkflowExecutionsRequest;
import dev.swfrelay.core.api.ListClosedWorkflowExecutionsRequest;
import dev.swfrelay.core.api.StartWorkflowExecutionRequest;
import dev.swfrelay.core.model.ExecutionTimeFilter;
import dev.swfrelay.core.model.HistoryEvent;
import dev.swfrelay.core.model.WorkflowExecution;
import dev.swfrelay.core.model.WorkflowExecutionFilter;
import dev.swfrelay.core.port.WorkflowClient;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code swf-relay serve --data DIR} is SIGKILLed while 200 A-then-B executions run, its decider
 * and two workers (separate JVMs) retrying all the while; started again on the same port and
 * folder, it goes on: every execution completes, exactly one run each, every history whole
 * (event ids 1..n) and in order. Decision and heartbeat timeouts are a few seconds, so tasks whose
 * answers died with the server are given up on and retried quickly.
 */
class DurableServerKillIT {

    private static final int EXECUTIONS = 200;
    private static final Duration STARTUP = Duration.ofSeconds(30);
    private static final Pattern URL = Pattern.compile("listening on (http://127\\.0\\.0\\.1:(\\d+))");

    @TempDir
    Path data;

    private final List<Machine> machines = new ArrayList<>();

    @AfterEach
    void stop() throws InterruptedException {
        for (Machine m : machines) {
            m.close();
        }
    }

    @Test
    void everyExecutionCompletesOnceAcrossAKillNineOfTheServer() throws Exception {
        Machine server = serve("0");
        Matcher url = URL.matcher(server.awaitLine(line -> URL.matcher(line).find(), STARTUP));
        assertThat(url.find()).isTrue();
        URI endpoint = URI.create(url.group(1));
        try (AwsSwfService swf = AwsSwf.forEndpoint(endpoint, "us-east-1")) {
            Flow.register(swf.ports(Flow.DOMAIN, "test").registrar(), Duration.ofSeconds(4));
            WorkflowClient client = swf.ports(Flow.DOMAIN, "test").workflows();
            for (Machine m : List.of(machine("decider", DeciderMain.class, endpoint.toString()),
                    machine("worker-a", WorkerMain.class, endpoint.toString(), Flow.A_TASKS.name(), "A"),
                    machine("worker-b", WorkerMain.class, endpoint.toString(), Flow.B_TASKS.name(), "B"))) {
                m.awaitLine(line -> line.startsWith("READY"), STARTUP);
            }
            List<String> ids = start(client);
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20)).until(() -> closed(swf) >= 30);

            long closedBeforeKill = closed(swf);
            server.kill();
            assertThat(closedBeforeKill).as("executions closed when the server was killed").isLessThan(EXECUTIONS);
            Instant killed = Instant.now();
            long closedAfterRestart = closedAfterRestart(endpoint, url.group(2));
            assertThat(closedAfterRestart).as("closed runs read back after the restart")
                    .isGreaterThanOrEqualTo(closedBeforeKill);

            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100)).until(() -> open(swf) == 0);
            assertThat(closed(swf)).isEqualTo(EXECUTIONS);
            System.out.println("durable kill figures: closed_before_kill=" + closedBeforeKill + " closed_after_restart="
                    + closedAfterRestart + " all_closed_ms_after_kill=" + Duration.between(killed, Instant.now()).toMillis());
            for (String id : ids) {
                List<WorkflowExecution> runs = client.listClosed(ListClosedWorkflowExecutionsRequest.builder()
                        .domain(Flow.DOMAIN).startTimeFilter(new ExecutionTimeFilter(null, Instant.EPOCH))
                        .executionFilter(new WorkflowExecutionFilter(id)).build())
                        .stream().map(info -> info.execution()).toList();
                assertThat(runs).as("closed runs of %s", id).hasSize(1);
                List<HistoryEvent> events = client.history(Flow.DOMAIN, runs.get(0));
                assertThat(events).extracting(HistoryEvent::eventId).as("event ids of %s", id)
                        .containsExactlyElementsOf(LongStream.rangeClosed(1, events.size()).boxed().toList());
                new FlowHistory(id, events).assertAThenBCompletedOnce();
            }
        }
    }

    /** Starts the server on the same folder and port again and returns how many runs are closed. */
    private long closedAfterRestart(URI endpoint, String port) throws Exception {
        Machine again = serve(port);
        again.awaitLine(line -> URL.matcher(line).find(), STARTUP);
        try (AwsSwfService swf = AwsSwf.forEndpoint(endpoint, "us-east-1")) {
            return closed(swf);
        }
    }

    private Machine serve(String port) {
        return machine("serve", Main.class, "serve", "--port", port, "--data", data.toString(), "--poll-hold", "5s");
    }

    private Machine machine(String name, Class<?> main, String... args) {
        Machine machine = Machine.start(name, main, args);
        machines.add(machine);
        return machine;
    }

    private static List<String> start(WorkflowClient client) throws Exception {
        List<String> ids = IntStream.range(0, EXECUTIONS).mapToObj(i -> "durable-" + i).toList();
        ExecutorService starters = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> starts = new ArrayList<>();
            for (String id : ids) {
                starts.add(starters.submit(() -> client.start(StartWorkflowExecutionRequest.builder()
                        .domain(Flow.DOMAIN).workflowId(id).workflowType(Flow.WORKFLOW).input("in-" + id).build())));
            }
            for (Future<?> start : starts) {
                start.get();
            }
        } finally {
            starters.shutdown();
        }
        return ids;
    }

    private static long closed(AwsSwfService swf) {
        return swf.countClosedWorkflowExecutions(CountClosedWorkflowExecutionsRequest.builder().domain(Flow.DOMAIN)
                .startTimeFilter(new ExecutionTimeFilter(null, Instant.EPOCH)).build()).count();
    }

    private static long open(AwsSwfService swf) {
        return swf.countOpenWorkflowExecutions(CountOpenWorkflowExecutionsRequest.builder().domain(Flow.DOMAIN)
                .startTimeFilter(new ExecutionTimeFilter(null, Instant.EPOCH)).build()).count();
    }
}
