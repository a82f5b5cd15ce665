package dev.swfrelay.cli.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.swfrelay.cli.UserError;
import dev.swfrelay.core.model.Faults;
import dev.swfrelay.core.model.FaultType;
import dev.swfrelay.core.model.SwfFault;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptActivityTest {

    private static final ScriptTask TASK = new ScriptTask("hello from A", "wf-1", "run-1", "act-7", "script-b:1");

    @TempDir
    Path dir;

    private final List<String> log = new ArrayList<>();

    private Path script(String name, String body) throws IOException {
        return TestScripts.write(dir, name, body);
    }

    private ScriptOutcome run(Path script, Duration timeout, Heartbeat heartbeat) throws Exception {
        ScriptRunner runner = new ScriptRunner(new ScriptCommand(List.of(script.toString())), Duration.ofMillis(500));
        return new ScriptActivity(runner, Duration.ofMillis(50), log::add).run(TASK, timeout, heartbeat);
    }

    @Test
    void standardOutputIsTheResultAndTheTaskIsInStdinAndEnvironment() throws Exception {
        Path s = script("echo.sh", "read -r line; echo \"stdin=$line env=$SWF_INPUT\"; "
                + "echo \"$SWF_WORKFLOW_ID $SWF_RUN_ID $SWF_ACTIVITY_ID $SWF_ACTIVITY_TYPE\"");

        ScriptOutcome outcome = run(s, null, () -> false);

        assertThat(outcome).isEqualTo(new ScriptOutcome.Completed(
                "stdin=hello from A env=hello from A\nwf-1 run-1 act-7 script-b:1\n"));
    }

    @Test
    void nonZeroExitFailsWithExitCodeAndTheTailOfStandardError() throws Exception {
        Path s = script("fail.sh", "for i in $(seq 1 2000); do echo \"line $i\" >&2; done; exit 3");

        ScriptOutcome outcome = run(s, null, () -> false);

        assertThat(outcome).isInstanceOf(ScriptOutcome.Failed.class);
        ScriptOutcome.Failed failed = (ScriptOutcome.Failed) outcome;
        assertThat(failed.reason()).isEqualTo("exit 3");
        assertThat(failed.details()).endsWith("line 2000\n").doesNotContain("line 1\n")
                .hasSizeLessThanOrEqualTo(RunningScript.STDERR_TAIL);
    }

    @Test
    void outputAboveSwfLimitFailsRatherThanBeingCut() throws Exception {
        Path s = script("big.sh", "head -c 40000 /dev/zero | tr '\\0' x");

        ScriptOutcome outcome = run(s, null, () -> false);

        assertThat(outcome).isInstanceOf(ScriptOutcome.Failed.class);
        assertThat(((ScriptOutcome.Failed) outcome).reason())
                .isEqualTo("output too large: 40000 characters, SWF allows 32768");
    }

    @Test
    void outputOfExactlyTheLimitCompletes() throws Exception {
        Path s = script("limit.sh", "head -c 32768 /dev/zero | tr '\\0' x");

        ScriptOutcome outcome = run(s, null, () -> false);

        assertThat(outcome).isInstanceOf(ScriptOutcome.Completed.class);
        assertThat(((ScriptOutcome.Completed) outcome).result()).hasSize(32768);
    }

    @Test
    void timeoutKillsTheWholeProcessTree() throws Exception {
        Path pidFile = dir.resolve("child.pid");
        Path s = script("slow.sh", "sleep 30 & echo $! > " + pidFile + "; wait");

        long started = System.nanoTime();
        ScriptOutcome outcome = run(s, Duration.ofMillis(400), () -> false);

        assertThat(outcome).isEqualTo(new ScriptOutcome.Stopped("timed out after 400ms"));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        long child = Long.parseLong(Files.readString(pidFile).trim());
        assertThat(ProcessHandle.of(child).map(ProcessTree::running).orElse(false)).isFalse();
    }

    @Test
    void scriptIgnoringTermIsKilledAfterTheGracePeriod() throws Exception {
        Path s = script("stubborn.sh", "trap '' TERM; while true; do sleep 0.1; done");

        ScriptOutcome outcome = run(s, Duration.ofMillis(200), () -> false);

        assertThat(outcome).isEqualTo(new ScriptOutcome.Stopped("timed out after 200ms"));
    }

    @Test
    void cancellationRequestedByHeartbeatStopsTheScript() throws Exception {
        AtomicInteger beats = new AtomicInteger();
        Path s = script("long.sh", "sleep 30");

        ScriptOutcome outcome = run(s, null, () -> beats.incrementAndGet() >= 3);

        assertThat(outcome).isEqualTo(new ScriptOutcome.Stopped("cancellation requested"));
        assertThat(beats.get()).isEqualTo(3);
    }

    @Test
    void taskUnknownToSwfStopsTheScript() throws Exception {
        Path s = script("long.sh", "sleep 30");

        ScriptOutcome outcome = run(s, null, () -> {
            throw Faults.unknownActivity(5);
        });

        assertThat(outcome).isInstanceOf(ScriptOutcome.Stopped.class);
        assertThat(((ScriptOutcome.Stopped) outcome).why()).contains("no longer knows the task");
    }

    @Test
    void scriptThatIsNotExecutableIsRefusedWithTheFix() throws IOException {
        Path file = dir.resolve("plain.sh");
        Files.writeString(file, "echo hi\n");

        assertThatThrownBy(() -> new ScriptCommand(List.of(file.toString())).checkRunnable())
                .isInstanceOf(UserError.class)
                .hasMessage("script " + file + " is not executable; run: chmod +x " + file);
    }

    @Test
    void scriptWhoseInterpreterIsMissingIsRefusedNamingTheInterpreter() throws IOException {
        Path file = executable("ruby.sh", "#!/usr/bin/no-such-ruby -w\nputs 1\n");

        assertThatThrownBy(() -> new ScriptCommand(List.of(file.toString())).checkRunnable())
                .isInstanceOf(UserError.class)
                .hasMessage("script " + file + "'s interpreter /usr/bin/no-such-ruby (its #! line) does not exist here;"
                        + " install it or change the #! line");
    }

    @Test
    void scriptWhoseEnvInterpreterIsNotOnThePathIsRefused() throws IOException {
        Path file = executable("py.sh", "#!/usr/bin/env no-such-python3\nprint(1)\n");

        assertThatThrownBy(() -> new ScriptCommand(List.of(file.toString())).checkRunnable())
                .isInstanceOf(UserError.class)
                .hasMessage("script " + file + "'s interpreter 'no-such-python3' (its #! line: #!/usr/bin/env "
                        + "no-such-python3) is not on the PATH; install it or change the #! line");
    }

    @Test
    void aTaskWhoseScriptLostItsInterpreterFailsSayingSo() throws Exception {
        Path file = executable("gone.sh", "#!/usr/bin/no-such-shell\necho hi\n");

        ScriptOutcome outcome = run(file, null, () -> false);

        assertThat(outcome).isInstanceOf(ScriptOutcome.Failed.class);
        assertThat(((ScriptOutcome.Failed) outcome).details()).contains("interpreter /usr/bin/no-such-shell");
    }

    private Path executable(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    @Test
    void missingScriptIsRefused() {
        assertThatThrownBy(() -> new ScriptCommand(List.of("./nope.sh")).checkRunnable())
                .isInstanceOf(UserError.class)
                .hasMessageStartingWith("script ./nope.sh does not exist");
    }
}
