package dev.swfrelay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.swfrelay.emulator.SwfEmulatorServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI in-process: what a user sees for mistakes, and the demo from the embedded seed. */
class MainTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void unknownOptionIsOneLineWithTheCommandToGetHelp() {
        assertThat(run("start", "--workflow", "w.json", "--wiat")).isEqualTo(2);

        assertThat(err.toString().strip()).isEqualTo(
                "swf-relay start: Unknown option: '--wiat' (see: swf-relay start --help)");
    }

    @Test
    void serveWithANegativeLimitFailsNamingTheSettingBeforeBinding() {
        assertThat(run("serve", "--port", "0", "--max-connections", "-1")).isEqualTo(2);

        assertThat(err.toString().strip()).isEqualTo("swf-relay: serve: maxConnections must be positive, was -1");
        assertThat(out.toString()).doesNotContain("listening");
    }

    @Test
    void serveWithAnUnknownSyncPolicyFailsNamingIt() {
        assertThat(run("serve", "--port", "0", "--data", "ignored", "--sync", "sometimes")).isEqualTo(2);

        assertThat(err.toString().strip())
                .isEqualTo("swf-relay: --sync: sync policy must be 'always' or 'group', was 'sometimes'");
    }

    @Test
    void serveWithBadThrottlingFailsNamingTheTextBeforeBinding() {
        assertThat(run("serve", "--port", "0", "--throttling", "swf:lots")).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("swf-relay: --throttling: throttling must be 'off', 'swf' or "
                + "'swf:<scale>' with a positive scale, e.g. swf:0.01, was 'swf:lots'");
    }

    @Test
    void serveHelpNamesTheThrottlingOptionAndItsEnvironmentVariable() {
        assertThat(run("serve", "--help")).isZero();
        assertThat(out.toString()).contains("--throttling", "SWF_RELAY_THROTTLING", "swf:0.01");
    }

    @Test
    void serveOnAFolderAnotherServerUsesRefusesToStartNamingTheFolderAndThatServer(@TempDir Path data) throws IOException {
        try (SwfEmulatorServer running = SwfEmulatorServer.builder().dataDir(data).build().start()) {
            assertThat(run("serve", "--port", "0", "--data", data.toString())).isEqualTo(1);

            assertThat(err.toString().strip())
                    .startsWith("swf-relay: serve: the data folder " + data.toRealPath() + " is in use by ")
                    .contains("pid " + ProcessHandle.current().pid() + ", started ");
            assertThat(out.toString()).doesNotContain("listening");
        }
    }

    @Test
    void serveOnADamagedJournalRefusesToStartNamingTheFileAndTheByte(@TempDir Path data) throws IOException {
        Path journal = data.resolve("journal.log");
        Files.write(journal, new byte[] {0, 0, 0, 8, 1, 2, 3, 4, 5, 6, 7, 8, '{', '}', 0, 0, 0, 0, 0, 0});

        assertThat(run("serve", "--port", "0", "--data", data.toString())).isEqualTo(1);

        assertThat(err.toString().strip()).startsWith("swf-relay: serve: journal " + journal + " is damaged at byte 0: ")
                .contains("refusing to start");
        assertThat(out.toString()).doesNotContain("listening");
    }

    @Test
    void serveWithABadFaultsFileRefusesToStartNamingTheFileTheRuleAndTheField(@TempDir Path folder) throws IOException {
        Path faults = Files.writeString(folder.resolve("faults.yaml"), String.join("\n",
                "seed: 7",
                "rules:",
                "  - name: lose-a",
                "    operation: RespondActivityTaskCompleted",
                "    action: loseAnswer",
                "  - name: slow-polls",
                "    operation: PollForDecisionTask",
                "    action: latency",
                "    latency: 2 seconds", ""));

        assertThat(run("serve", "--port", "0", "--faults", faults.toString())).isEqualTo(2);

        assertThat(err.toString().strip()).isEqualTo("swf-relay: serve --faults " + faults
                + ": rule 2 (slow-polls), field 'latency': '2 seconds' is not an ISO-8601 duration such as PT0.5S");
        assertThat(out.toString()).doesNotContain("listening");
    }

    @Test
    void serveWithAFaultsFileThatIsNotJsonSaysSo(@TempDir Path folder) throws IOException {
        Path faults = Files.writeString(folder.resolve("faults.json"), "{\"rules\": [");

        assertThat(run("serve", "--port", "0", "--faults", faults.toString())).isEqualTo(2);

        assertThat(err.toString().strip()).startsWith("swf-relay: serve --faults " + faults + ": not JSON: ");
    }

    @Test
    void serveHelpNamesEveryLimitAndItsEnvironmentVariable() {
        assertThat(run("serve", "--help")).isZero();

        assertThat(out.toString()).contains("--idle-timeout", "SWF_RELAY_IDLE_TIMEOUT", "--request-timeout",
                "SWF_RELAY_REQUEST_TIMEOUT", "--max-connections", "SWF_RELAY_MAX_CONNECTIONS", "--max-header-bytes",
                "SWF_RELAY_MAX_HEADER_BYTES", "--max-body-bytes", "SWF_RELAY_MAX_BODY_BYTES", "--data", "SWF_RELAY_DATA",
                "--sync", "SWF_RELAY_SYNC", "--snapshot-after-mb", "SWF_RELAY_SNAPSHOT_AFTER_MB");
    }

    @Test
    void serveWithABadCredentialsLineFailsNamingTheFileAndTheLineBeforeBinding(@TempDir Path dir) throws IOException {
        Path keys = Files.writeString(dir.resolve("keys"), "# team\nAKIDONE secret-one 111111111111\nAKIDTWO 2222\n");

        assertThat(run("serve", "--port", "0", "--credentials", keys.toString())).isEqualTo(2);

        assertThat(err.toString().strip()).isEqualTo("swf-relay: serve --credentials: credentials file " + keys
                + ", line 3: expected ACCESS_KEY_ID SECRET_ACCESS_KEY ACCOUNT_ID (whitespace or commas between them), found 2 fields");
        assertThat(out.toString()).doesNotContain("listening");
    }

    @Test
    void serveWithAMissingCredentialsFileSaysSo(@TempDir Path dir) {
        Path none = dir.resolve("none");

        assertThat(run("serve", "--port", "0", "--credentials", none.toString())).isEqualTo(2);

        assertThat(err.toString().strip()).startsWith("swf-relay: serve --credentials: cannot read credentials file " + none);
    }

    @Test
    void serveHelpNamesTheCredentialsOptionAndItsVariable() {
        assertThat(run("serve", "--help")).isZero();

        assertThat(out.toString()).contains("--credentials=FILE", "SWF_RELAY_CREDENTIALS");
    }

    @Test
    void missingWorkflowFileSaysWhatToPass() {
        assertThat(run("start", "--workflow", "nope.json", "--endpoint", "http://127.0.0.1:1")).isEqualTo(2);

        assertThat(err.toString().strip()).startsWith("swf-relay: workflow file nope.json does not exist;")
                .doesNotContain("\tat ");
    }

    @Test
    void badEndpointSaysHowToWriteIt() {
        assertThat(run("list", "--endpoint", "localhost:8080", "--domain", "d")).isEqualTo(2);

        assertThat(err.toString().strip()).isEqualTo(
                "swf-relay: --endpoint: 'localhost:8080' is not a URL; write it like http://127.0.0.1:8080");
    }

    @Test
    void noDomainSaysWhereToGiveIt() {
        assertThat(run("list", "--endpoint", "http://127.0.0.1:1")).isEqualTo(2);

        assertThat(err.toString().strip()).isEqualTo(
                "swf-relay: no domain given; pass --domain NAME (or --workflow FILE that names one)");
    }

    @Test
    void verbosePrintsTheStackTrace() {
        assertThat(run("--verbose", "list", "--endpoint", "localhost:8080", "--domain", "d")).isEqualTo(2);

        assertThat(err.toString()).contains("\tat dev.swfrelay.cli");
    }

    @Test
    void verboseAfterServesNameIsTheRootsOptionAndPrintsTheStackTrace() {
        assertThat(run("serve", "--port", "99999", "--verbose")).isEqualTo(2);

        assertThat(err.toString()).startsWith("swf-relay: --port must be from 0 to 65535, was 99999")
                .contains("\tat dev.swfrelay.cli.command.ServeCommand.call");
    }

    @Test
    void serveHelpIsTheUsageOfEveryOptionWithItsDefault() {
        assertThat(run("serve", "--help")).isZero();

        assertThat(out.toString()).startsWith("Serve the SWF emulator over SWF's HTTP protocol.\n"
                        + "Usage: swf-relay serve [-hV] [--verbose] [--account-id=ID] [--bind=ADDR]")
                .contains("[--lambda=NAME=COMMAND]... [--init=FILE[,FILE...]...]...",
                        "  -h, --help                 Show this help message and exit.",
                        "  -V, --version              Print version information and exit.",
                        "      --verbose              Log what happens and print stack traces of errors.",
                        "      --port=N               TCP port; 0 for any free one (default: 8080; env",
                        "(default: 127.0.0.1; env SWF_RELAY_BIND).", "answering empty (default: PT60S; env",
                        "(default: group; env SWF_RELAY_SYNC).");
    }

    @Test
    void listHelpIsAsWhenItsOptionsWereAnnotations() {
        assertThat(run("list", "--help")).isZero();

        assertThat(out.toString()).isEqualTo(""
                + "List open and closed executions.\n"
                + "Usage: swf-relay list [-hV] [--closed] [--open] [--verbose] [--days=N]\n"
                + "                      [--domain=DOMAIN] [--endpoint=URL] [--profile=PROFILE]\n"
                + "                      [--region=REGION]\n"
                + "List the domain's open and closed executions, newest first.\n"
                + "      --closed            Only closed executions.\n"
                + "      --days=N            Executions started in the last N days (default: 7).\n"
                + "      --domain=DOMAIN     SWF domain to work in.\n"
                + "      --endpoint=URL      SWF endpoint, e.g. the emulator's http://127.0.0.1:\n"
                + "                            8080. Without it: AWS, with the default credentials\n"
                + "                            and region.\n"
                + "  -h, --help              Show this help message and exit.\n"
                + "      --open              Only open executions.\n"
                + "      --profile=PROFILE   AWS credentials profile.\n"
                + "      --region=REGION     AWS region, e.g. us-east-1.\n"
                + "  -V, --version           Print version information and exit.\n"
                + "      --verbose           Log what happens and print stack traces of errors.\n");
    }

    @Test
    void listWithADaysThatIsNoNumberIsAUsageErrorNamingIt() {
        assertThat(run("list", "--days", "x", "--open", "--closed")).isEqualTo(2);

        assertThat(err.toString().strip()).isEqualTo(
                "swf-relay list: Invalid value for option '--days': 'x' is not an int (see: swf-relay list --help)");
    }

    @Test
    void rootHelpAndVersionAreAsBefore() {
        assertThat(run("--version")).isZero();
        assertThat(run("--help")).isZero();

        assertThat(out.toString()).startsWith("swf-relay 0.1.0\nUsage: swf-relay [-hV] [--verbose] [COMMAND]\n"
                + "Run Amazon SWF workflows of scripts, on AWS or on the built-in emulator.\n")
                .contains("  serve     Serve the SWF emulator over SWF's HTTP protocol.");
    }

    @Test
    void serveSplitsInitFilesAtCommasAndReadsEachOneBeforeBinding(@TempDir Path folder) throws IOException {
        Path good = folder.resolve("domains.json");
        Files.writeString(good, "{\"domains\": [{\"name\": \"d\"}]}");
        Path missing = folder.resolve("missing.json");

        assertThat(run("serve", "--port", "0", "--init", good + "," + missing)).isEqualTo(2);

        assertThat(err.toString()).contains(missing.toString());
        assertThat(out.toString()).doesNotContain("listening");
    }

    @Test
    void demoRunsTheSeedFlowOnTheEmbeddedEmulator() {
        assertThat(run("demo")).as(err.toString()).isZero();

        assertThat(out.toString())
                .contains("ActivityTaskScheduled", "ActivityTaskStarted", "ActivityTaskCompleted")
                .containsPattern("result: B ran on .*; got from A: A ran on .* with input 'hello from the demo'");
    }

    @Test
    void demoOverHttpRunsTheSeedFlowThroughTheServerAndTheSdkClient() {
        assertThat(run("demo", "--over-http")).as(err.toString()).isZero();

        assertThat(out.toString())
                .containsPattern("over HTTP: http://127\\.0\\.0\\.1:\\d+")
                .contains("ActivityTaskCompleted", "WorkflowExecutionCompleted")
                .containsPattern("result: B ran on .*; got from A: A ran on .* with input 'hello from the demo'");
    }
}
