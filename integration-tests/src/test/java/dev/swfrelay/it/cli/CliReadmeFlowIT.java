package dev.swfrelay.it.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's flow, one process per terminal: the emulator, the decider, worker A,
 * worker B, then {@code start --wait}, all with the seed's files from the repository; then
 * {@code history}, {@code history --json}, {@code list} and {@code describe} on the result.
 */
class CliReadmeFlowIT {

    private static final Path ROOT = CliProcess.repositoryRoot();
    private static final String WORKFLOW = "examples/seed/workflow.json";
    private static final String DOMAIN = "swf-relay-seed";
    private static final Duration LONG = Duration.ofSeconds(90);

    @Test
    void scriptARunsThenScriptBWithAsResultAndEveryViewShowsIt() throws Exception {
        try (Emulator emulator = Emulator.start(ROOT)) {
            String url = emulator.url();
            String runId = runSeedFlow(url);

            CliProcess history = CliProcess.start(ROOT, "history", "readme-1", "--endpoint", url, "--domain", DOMAIN);
            CliProcess json = CliProcess.start(ROOT, "history", "readme-1", "--json", "--endpoint", url, "--domain", DOMAIN);
            CliProcess list = CliProcess.start(ROOT, "list", "--endpoint", url, "--domain", DOMAIN);
            CliProcess describe = CliProcess.start(ROOT, "describe", "readme-1", "--endpoint", url, "--domain", DOMAIN);

            assertThat(history.waitFor(LONG)).as(history.stderr()).isZero();
            assertThat(history.stdout()).startsWith("workflow readme-1  run " + runId).contains("WorkflowExecutionCompleted");
            assertThat(history.stdout().lines().filter(l -> l.contains("ActivityTaskCompleted")))
                    .hasSize(2).allMatch(l -> l.contains("(ran "));
            assertThat(json.waitFor(LONG)).as(json.stderr()).isZero();
            assertSameHistory(json.stdout(), WireHistory.raw(url, DOMAIN, "readme-1", runId));
            assertThat(list.waitFor(LONG)).as(list.stderr()).isZero();
            assertThat(list.stdout()).containsPattern("readme-1 +COMPLETED");
            assertThat(describe.waitFor(LONG)).as(describe.stderr()).isZero();
            assertThat(describe.stdout()).contains("run id          " + runId)
                    .contains("status          COMPLETED").contains("type            a-then-b:1")
                    .contains("open            0 activity tasks, 0 decision tasks");
        }
    }

    /** register, decider, worker A, worker B, start --wait; returns the run id. */
    private static String runSeedFlow(String url) throws Exception {
        CliProcess register = CliProcess.start(ROOT, "register", "--endpoint", url, "--workflow", WORKFLOW);
        assertThat(register.waitFor(LONG)).as(register.stderr()).isZero();
        assertThat(register.stdout()).contains("domain swf-relay-seed: registered",
                "activity type script-a:1: registered", "activity type script-b:1: registered");
        try (CliProcess decider = CliProcess.start(ROOT, "decider", "--endpoint", url, "--workflow", WORKFLOW);
             CliProcess workerA = CliProcess.start(ROOT, "worker", "--endpoint", url, "--domain", DOMAIN,
                     "--task-list", "a_tasks", "--", "examples/seed/script-a.sh");
             CliProcess workerB = CliProcess.start(ROOT, "worker", "--endpoint", url, "--domain", DOMAIN,
                     "--task-list", "b_tasks", "--", "examples/seed/script-b.sh")) {
            CliProcess start = CliProcess.start(ROOT, "start", "--endpoint", url, "--workflow", WORKFLOW,
                    "--workflow-id", "readme-1", "--input", "hello", "--wait");

            assertThat(start.waitFor(LONG)).as(start.stderr()).isZero();
            assertThat(start.stdout().strip())
                    .matches("B ran on .*; got from A: A ran on .* for readme-1 with input 'hello'");
            assertThat(start.stderr()).contains("ActivityTaskScheduled", "script-a:1", "script-b:1",
                    "ActivityTaskCompleted", "WorkflowExecutionCompleted");
            assertThat(workerA.stderr()).contains("script-a:1 (activity").contains("completed in");
            assertThat(workerB.stderr()).contains("script-b:1 (activity").contains("completed in");
            return start.stderr().lines().findFirst().orElseThrow().replaceAll(".*\\(run (.*)\\).*", "$1");
        }
    }

    /** Same events and members; timestamps within the millisecond the SDK may lose (see {@link WireHistory}). */
    private static void assertSameHistory(String ours, String wire) throws Exception {
        assertThat(WireHistory.parse(ours)).isEqualTo(WireHistory.parse(wire));
        List<Double> ourTimes = WireHistory.timestamps(ours);
        List<Double> wireTimes = WireHistory.timestamps(wire);
        assertThat(ourTimes).hasSameSizeAs(wireTimes);
        for (int i = 0; i < ourTimes.size(); i++) {
            assertThat(ourTimes.get(i)).isCloseTo(wireTimes.get(i), within(0.0015));
        }
    }
}
