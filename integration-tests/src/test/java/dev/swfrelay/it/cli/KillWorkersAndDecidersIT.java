package dev.swfrelay.it.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.swfrelay.aws.AwsSwf;
import dev.swfrelay.aws.AwsSwfService;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionInfo;

/**
 * 500 A-then-B executions run by {@code swf-relay decider} and {@code swf-relay worker}
 * processes (the CLI's script workers) against a {@code swf-relay serve} process, while a
 * seeded random worker running a script (a decider when none runs one within seconds), then
 * a decider, in turn, is SIGKILLed (six kills, spread over the run) and a new one started in
 * its place. Tasks a killed process held come back only through SWF's own
 * timeouts: the server's workflow clock is frozen, and whenever the run stalls (nothing
 * pending, nothing closing) the test moves it a minute on through {@code /_relay/clock},
 * past the decision and activity start-to-close timeouts (30 s), instead of waiting them out.
 *
 * <p>What is checked is what SWF promises. Every execution closed COMPLETED exactly once,
 * none is open, and each history shows A completed once, then B scheduled with A's result
 * and completed once, every other attempt timed out (the retries are visible), none failed,
 * no attempt started twice. SWF does <em>not</em> promise that a script runs once per step:
 * it delivers each task attempt to at most one worker and accepts at most one answer for it,
 * so a worker killed after its script ran but before it answered makes the step run again.
 * So the scripts' own log is checked for that: no attempt (workflow id and activity id) ran
 * twice, every run belongs to a scheduled attempt, and the attempts that completed ran.
 */
class KillWorkersAndDecidersIT {

    private static final int EXECUTIONS = Integer.getInteger("swf.it.chaos.executions", 500);
    private static final int KILLS = 6;
    private static final long SEED = Long.getLong("swf.it.chaos.seed", System.nanoTime());
    private static final String DOMAIN = "chaos";
    private static final Duration WITHIN = Duration.ofSeconds(180);

    @TempDir
    Path dir;

    @Test
    void everyExecutionCompletesExactlyOnceWhileWorkersAndDecidersAreKilled() throws Exception {
        Path runs = dir.resolve("runs.log");
        Path workflow = workflowFile();
        Instant began = Instant.now();
        try (Emulator emulator = Emulator.start(dir);
             ChaosFleet fleet = new ChaosFleet(dir, SEED);
             AwsSwfService service = AwsSwf.forEndpoint(URI.create(emulator.url()), "us-east-1")) {
            String url = emulator.url();
            CliProcess register = CliProcess.start(dir, "register", "--endpoint", url, "--workflow", workflow.toString());
            assertThat(register.waitFor(Duration.ofSeconds(60))).as(register.stderr()).isZero();
            ServerClock clock = new ServerClock(url);
            clock.freeze();
            fleet.start(new ChaosFleet.Role("decider", d -> CliProcess.start(d, "decider", "--endpoint", url,
                    "--workflow", workflow.toString()), "decider: deciding", false), 2);
            fleet.start(worker(url, "chaos_a", script("a.sh", "A", runs)), 2);
            fleet.start(worker(url, "chaos_b", script("b.sh", "B", runs)), 2);

            SwfClient swf = service.client();
            long ready = Duration.between(began, Instant.now()).toMillis();
            startExecutions(swf);
            int advances = drive(fleet, clock, new ChaosProgress(swf, DOMAIN, "chaos-decisions", "chaos_a", "chaos_b"), runs);
            long wall = Duration.between(began, Instant.now()).toMillis();
            Instant checking = Instant.now();

            int[] timeouts = assertEveryExecutionCompletedOnce(swf, runs);
            long check = Duration.between(checking, Instant.now()).toMillis();
            System.out.printf("chaos run (seed %d): %d executions, kills %s, %d clock advances, %d activity and "
                    + "%d decision timeouts, %d ms to the last closed (%d ms of it starting the processes), %d ms checking%n",
                    SEED, EXECUTIONS, fleet.kills(), advances, timeouts[0], timeouts[1], wall, ready, check);
            assertThat(fleet.kills()).as("kills (seed %d)", SEED).filteredOn(kill -> kill.contains(" pid ")).hasSize(KILLS);
            assertThat(timeouts[0] + timeouts[1]).as("retries visible as timeouts (seed %d)", SEED).isPositive();
        }
    }

    /**
     * Kills a worker and a decider in turn, each when {@link #due}; moves the clock on when the
     * run stalls. Returns how often it moved the clock.
     */
    private static int drive(ChaosFleet fleet, ServerClock clock, ChaosProgress progress, Path runs) throws Exception {
        Instant deadline = Instant.now().plus(WITHIN);
        int kills = 0;
        int advances = 0;
        while (progress.closed() < EXECUTIONS) {
            int kill = kills;
            boolean worker = kill % 2 == 0;
            await().atMost(Duration.between(Instant.now(), deadline)).pollInterval(Duration.ofMillis(100))
                    .alias("kill " + kill + " due, all closed, or stalled (seed " + SEED + ", kills " + fleet.kills() + ")")
                    .until(() -> kill < KILLS && due(kill, runs) && fleet.canKill(worker)
                            || progress.closed() >= EXECUTIONS || progress.stalled());
            if (kill < KILLS && due(kill, runs) && fleet.killOneAndReplace(worker)) {
                kills++;
            } else if (progress.closed() < EXECUTIONS && progress.stalled()) {
                clock.advance("PT1M");
                progress.moved();
                advances++;
            }
        }
        return advances;
    }

    /**
     * Whether kill number {@code kill} is due: after (kill + 1) × 20% of EXECUTIONS script runs,
     * so the six come while scripts still run (the runs go well ahead of the closures; there
     * are two per execution, more with retries).
     */
    private static boolean due(int kill, Path runs) throws IOException {
        try (Stream<String> lines = Files.lines(runs)) {
            return lines.count() >= (long) EXECUTIONS * (kill + 1) / 5;
        } catch (NoSuchFileException notYet) {
            return false;
        }
    }

    /** Asserts every closure and history and the scripts' log; returns {activity timeouts, decision timeouts}. */
    private int[] assertEveryExecutionCompletedOnce(SwfClient swf, Path runs) throws Exception {
        List<WorkflowExecutionInfo> closed = swf.listClosedWorkflowExecutionsPaginator(r -> r.domain(DOMAIN)
                .startTimeFilter(f -> f.oldestDate(Instant.EPOCH))).executionInfos().stream().toList();
        Map<String, List<WorkflowExecutionInfo>> byId = closed.stream()
                .collect(Collectors.groupingBy(info -> info.execution().workflowId()));
        assertThat(byId).hasSize(EXECUTIONS).allSatisfy((id, closures) -> assertThat(closures).as(id).hasSize(1));
        assertThat(closed).allSatisfy(info -> assertThat(info.closeStatusAsString()).isEqualTo("COMPLETED"));
        assertThat(swf.countOpenWorkflowExecutions(r -> r.domain(DOMAIN)
                .startTimeFilter(f -> f.oldestDate(Instant.EPOCH))).count()).isZero();

        List<String> scriptRuns = Files.readAllLines(runs);
        assertThat(scriptRuns).as("each attempt's script ran at most once").doesNotHaveDuplicates();
        Map<String, List<String>> runsById = scriptRuns.stream().map(line -> line.split(" "))
                .collect(Collectors.groupingBy(words -> words[0], Collectors.mapping(words -> words[1], Collectors.toList())));
        int[] timeouts = new int[2];
        for (WorkflowExecutionInfo info : closed) {
            String id = info.execution().workflowId();
            ChaosHistory history = new ChaosHistory(id, swf.getWorkflowExecutionHistoryPaginator(r -> r.domain(DOMAIN)
                    .execution(info.execution())).events().stream().toList());
            history.assertCompletedAThenBOnce("in-" + id);
            assertThat(history.attemptIds()).as("%s: script runs belong to scheduled attempts", id)
                    .containsAll(runsById.getOrDefault(id, List.of()));
            assertThat(runsById.getOrDefault(id, List.of())).as("%s: the completed attempts ran", id)
                    .containsAll(history.completedIds());
            timeouts[0] += history.activityTimeouts();
            timeouts[1] += history.decisionTimeouts();
        }
        return timeouts;
    }

    private static void startExecutions(SwfClient swf) throws Exception {
        ExecutorService starters = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> starts = IntStream.range(0, EXECUTIONS).mapToObj(i -> "chaos-" + i)
                    .<Callable<String>>map(id -> () -> swf.startWorkflowExecution(r -> r.domain(DOMAIN).workflowId(id)
                            .workflowType(t -> t.name("a-then-b").version("1")).input("in-" + id)).runId())
                    .toList();
            for (Future<String> start : starters.invokeAll(starts)) {
                start.get();
            }
        } finally {
            starters.shutdown();
        }
    }

    private static ChaosFleet.Role worker(String url, String taskList, Path script) {
        return new ChaosFleet.Role("worker " + taskList, d -> CliProcess.start(d, "worker", "--endpoint", url,
                "--domain", DOMAIN, "--task-list", taskList, "--concurrency", "4", "--", script.toString()), "polling ", true);
    }

    /** A step's script: logs "workflowId activityId" of its run, works 50 ms, answers STEP(input). */
    private Path script(String name, String step, Path runs) throws Exception {
        return Processes.script(dir, name, "echo \"$SWF_WORKFLOW_ID $SWF_ACTIVITY_ID\" >> " + runs
                + "\nsleep 0.05\nprintf '" + step + "(%s)' \"$SWF_INPUT\"");
    }

    /** A then B, timeouts short in workflow time (the clock only moves when the test moves it), ten retries each. */
    private Path workflowFile() throws Exception {
        String step = """
                {"name": "%s", "activityType": {"name": "chaos-%s", "version": "1"}, "taskList": "chaos_%s",
                 "startToCloseTimeout": "30s", "retries": 10, "retryDelay": "0s"}""";
        Path file = dir.resolve("workflow.json");
        Files.writeString(file, """
                {"domain": "%s", "workflowType": {"name": "a-then-b", "version": "1"}, "taskList": "chaos-decisions",
                 "executionStartToCloseTimeout": "1d", "taskStartToCloseTimeout": "30s",
                 "steps": [%s, %s]}
                """.formatted(DOMAIN, step.formatted("A", "a", "a"), step.formatted("B", "b", "b")));
        return file;
    }
}
