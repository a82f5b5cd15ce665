package dev.swfrelay.it.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scripts that fail and scripts that outlive their timeout, run by real worker processes. */
class CliFailuresIT {

    private static final Duration LONG = Duration.ofSeconds(90);

    private static Emulator emulator;

    @TempDir
    Path dir;

    private CliProcess lastStart;
    private String lastWorker;

    @BeforeAll
    static void serve() {
        emulator = Emulator.start(CliProcess.repositoryRoot());
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    private Path workflow(String domain, String startToClose, int retries) throws Exception {
        Path file = dir.resolve("workflow.yaml");
        Files.writeString(file, """
                domain: %s
                workflowType: flow:1
                taskStartToCloseTimeout: 10s
                steps:
                  - name: only
                    activityType: step:1
                    taskList: %s_tasks
                    startToCloseTimeout: %s
                    retries: %d
                    retryDelay: 0s
                """.formatted(domain, domain, startToClose, retries));
        return file;
    }

    private int runFlow(String domain, Path workflow, Path script) throws Exception {
        register(workflow);
        try (CliProcess decider = decider(workflow);
             CliProcess w = worker(domain, script, "--heartbeat", "200ms", "--kill-grace", "1s")) {
            CliProcess start = start(workflow, domain);
            int exit = start.waitFor(LONG);
            lastStart = start;
            lastWorker = w.stderr();
            return exit;
        }
    }

    private void register(Path workflow) throws Exception {
        CliProcess register = CliProcess.start(dir, "register", "--endpoint", emulator.url(), "--workflow", workflow.toString());
        assertThat(register.waitFor(LONG)).as(register.stderr()).isZero();
    }

    private CliProcess decider(Path workflow) {
        return CliProcess.start(dir, "decider", "--endpoint", emulator.url(), "--workflow", workflow.toString());
    }

    /** A worker on {@code DOMAIN_tasks} of {@code domain}, with {@code flags} before {@code -- script}. */
    private CliProcess worker(String domain, Path script, String... flags) {
        List<String> args = new ArrayList<>(List.of("worker", "--endpoint", emulator.url(), "--domain", domain,
                "--task-list", domain + "_tasks"));
        args.addAll(List.of(flags));
        args.addAll(List.of("--", script.toString()));
        return CliProcess.start(dir, args.toArray(String[]::new));
    }

    /** {@code start --wait} of an execution with workflow id {@code DOMAIN-1}. */
    private CliProcess start(Path workflow, String domain) {
        return CliProcess.start(dir, "start", "--endpoint", emulator.url(), "--workflow",
                workflow.toString(), "--workflow-id", domain + "-1", "--wait");
    }

    private String history(String domain) throws Exception {
        CliProcess history = CliProcess.start(dir, "history", domain + "-1", "--endpoint", emulator.url(), "--domain", domain);
        assertThat(history.waitFor(LONG)).as(history.stderr()).isZero();
        return history.stdout();
    }

    @Test
    void failingScriptIsRetriedThenFailsTheExecution() throws Exception {
        Path runs = dir.resolve("runs.txt");
        Path script = Processes.script(dir, "fail.sh",
                "echo \"$SWF_ACTIVITY_ID\" >> " + runs + "\necho 'disk full' >&2\nexit 3");

        int exit = runFlow("failing", workflow("failing", "30s", 1), script);

        assertThat(exit).isEqualTo(1);
        assertThat(lastStart.stderr()).contains("the execution failed");
        assertThat(Files.readAllLines(runs)).hasSize(2).doesNotHaveDuplicates();
        String history = history("failing");
        assertThat(history.lines().filter(l -> l.contains("ActivityTaskFailed")))
                .hasSize(2).allMatch(l -> l.contains("reason=\"exit 3\" details=\"disk full\""));
        assertThat(history).contains("WorkflowExecutionFailed");
        assertThat(lastWorker).contains("failed after").contains("exit 3");
    }

    @Test
    void scriptOutlivingItsTimeoutIsKilledWithItsChildren() throws Exception {
        Path pids = dir.resolve("pids");
        Path script = Processes.script(dir, "slow.sh",
                "echo $$ > " + pids + ".parent\nsleep 60 &\necho $! > " + pids + ".child\nwait");

        int exit = runFlow("slow", workflow("slow", "2s", 0), script);

        assertThat(exit).isEqualTo(1);
        assertThat(history("slow")).contains("ActivityTaskTimedOut").contains("START_TO_CLOSE");
        long parent = Processes.pidIn(Path.of(pids + ".parent"));
        long child = Processes.pidIn(Path.of(pids + ".child"));
        await().atMost(Duration.ofSeconds(15)).until(() -> !Processes.running(parent) && !Processes.running(child));
        assertThat(lastWorker).contains("stopped after");
    }

    @Test
    void ctrlCWaitsForTheRunningScriptThenExits() throws Exception {
        Path workflow = workflow("drain", "30s", 0);
        Path started = dir.resolve("started");
        Path script = Processes.script(dir, "steady.sh", "touch " + started + "\nsleep 1\necho done");
        register(workflow);
        try (CliProcess decider = decider(workflow);
             CliProcess worker = worker("drain", script)) {
            CliProcess start = start(workflow, "drain");
            await().atMost(LONG).until(() -> Files.exists(started));

            worker.interrupt();

            assertThat(worker.waitFor(LONG)).isZero();
            assertThat(worker.stderr()).contains("waiting for 1 running command(s)").contains("completed in");
            assertThat(start.waitFor(LONG)).as(start.stderr()).isZero();
            assertThat(start.stdout()).isEqualTo("done\n");
        }
    }

    @Test
    void secondCtrlCKillsTheRunningScriptAndFailsItsTask() throws Exception {
        Path workflow = workflow("killed", "60s", 0);
        Path pid = dir.resolve("pid");
        Path script = Processes.script(dir, "endless.sh", "echo $$ > " + pid + "\nsleep 60");
        register(workflow);
        try (CliProcess decider = decider(workflow);
             CliProcess worker = worker("killed", script, "--kill-grace", "1s")) {
            CliProcess start = start(workflow, "killed");
            await().atMost(LONG).until(() -> Files.exists(pid) && Files.size(pid) > 0);

            worker.interrupt();
            worker.awaitOutput("Ctrl-C again", LONG);
            worker.interrupt();

            assertThat(worker.waitFor(LONG)).isZero();
            assertThat(Processes.running(Processes.pidIn(pid))).isFalse();
            assertThat(start.waitFor(LONG)).isEqualTo(1);
            assertThat(history("killed")).contains("reason=\"killed by a second Ctrl-C\"");
        }
    }
}
