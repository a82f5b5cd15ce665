package dev.swfrelay.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.swfrelay.cli.Main;
import dev.swfrelay.emulator.json.SwfJson;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code swf-relay simulate} on the seed's workflow file. */
class SimulateCommandTest {

    private static final Path SEED = Path.of("../examples/seed/workflow.json");

    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void theSeedWorkflowWithIdempotentStepsPassesTheStandardProfile() {
        int exit = run("simulate", "--workflow", SEED.toString(), "--runs", "500", "--idempotent", "A,B");

        assertThat(exit).as(out + "\n" + err).isZero();
        assertThat(out.toString()).contains("simulating a-then-b").contains("seeds failing              0")
                .contains("worker-crash").contains("invariant failures\n  (none)");
        assertThat(err.toString()).contains("[##############################] 500/500 seeds, 0 failing");
    }

    @Test
    void aStepWithoutRetriesFailsWithTheShrunkScheduleTimelineAndRerunCommand() throws Exception {
        Path noRetries = Files.writeString(dir.resolve("no-retries.json"),
                Files.readString(SEED).replace("\"retries\": 2", "\"retries\": 0"));
        Path saved = dir.resolve("failure.json");

        int exit = run("simulate", "--workflow", noRetries.toString(), "--runs", "300", "--idempotent", "A,B",
                "--faults", write("crashes", "worker-crash 0.2").toString(), "--save", saved.toString(), "--no-progress");

        assertThat(exit).isEqualTo(1);
        String text = out.toString();
        assertThat(text).contains("FIRST FAILURE: seed ").contains("closes-in-time [run-0]")
                .contains("shrunk to 1 fault(s) that still fail:\n  worker-crash@")
                .contains("ActivityTaskTimedOut").contains("WorkflowExecutionFailed")
                .contains("closed as WorkflowExecutionFailed, not completed")
                .containsPattern("rerun: swf-relay simulate --workflow \\S+ --faults \\S+ --seed \\d+ --runs 1");
        assertThat(SwfJson.readHistory(saved)).isNotEmpty();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void theRerunCommandReproducesTheSeed() throws Exception {
        Path profile = write("crashes", "worker-crash 0.6");
        run("simulate", "--workflow", SEED.toString(), "--runs", "50", "--faults", profile.toString(), "--no-progress");
        String first = out.toString();
        String seed = first.replaceAll("(?s).*FIRST FAILURE: seed (\\d+).*", "$1");
        out.getBuffer().setLength(0);

        run("simulate", "--workflow", SEED.toString(), "--runs", "1", "--seed", seed, "--faults", profile.toString(), "--no-progress");

        String failureOf = "(?s).*(FIRST FAILURE.*)rerun:.*";
        assertThat(out.toString().replaceAll(failureOf, "$1")).isEqualTo(first.replaceAll(failureOf, "$1"));
    }

    @Test
    void runScriptsRunsEachStepsScript() throws Exception {
        Path failingB = Files.writeString(dir.resolve("b.sh"), "#!/bin/sh\necho \"B got: $(cat)\" >&2\nexit 3\n");
        failingB.toFile().setExecutable(true);

        int exit = run("simulate", "--workflow", SEED.toString(), "--runs", "2", "--faults", "none", "--no-progress",
                "--run-scripts", "--script", "A=../examples/seed/script-a.sh", "--script", "B=" + failingB);

        assertThat(exit).as(out + "\n" + err).isEqualTo(1);
        assertThat(out.toString()).contains("seeds failing              2")
                .contains("ActivityTaskScheduled              script-b:1 id=B-1 on b_tasks input=\"A ran on ")
                .contains("step 'B' failed after 3 attempt(s)");
    }

    @Test
    void runScriptsWithoutAStepsScriptExitsTwoNamingTheStep() {
        int exit = run("simulate", "--workflow", SEED.toString(), "--run-scripts", "--script", "A=../examples/seed/script-a.sh");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--run-scripts: step 'B' has no --script B=COMMAND");
    }

    @Test
    void anUnknownFaultInTheFileExitsTwoNamingIt() throws Exception {
        int exit = run("simulate", "--workflow", SEED.toString(), "--faults", write("bad", "worker-explodes 0.1").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("unknown fault 'worker-explodes'").contains("worker-crash");
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name + ".faults"), text + "\n");
    }

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }
}
