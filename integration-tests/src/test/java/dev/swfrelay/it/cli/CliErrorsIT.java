package dev.swfrelay.it.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes a user makes: one line naming the problem and what to do, exit code not 0, no stack trace. */
class CliErrorsIT {

    private static final Duration LONG = Duration.ofSeconds(90);

    @TempDir
    Path dir;

    private String oneLineError(CliProcess process, int expectedExit) throws InterruptedException {
        assertThat(process.waitFor(LONG)).isEqualTo(expectedExit);
        assertThat(process.stderr()).doesNotContain("\tat ").doesNotContain("Exception in thread");
        assertThat(process.stderr().strip().lines()).hasSize(1);
        return process.stderr().strip();
    }

    @Test
    void unknownFlagNamesItAndPointsToHelp() throws Exception {
        String error = oneLineError(CliProcess.start(dir, "demo", "--frobnicate"), 2);

        assertThat(error).isEqualTo("swf-relay demo: Unknown option: '--frobnicate' (see: swf-relay demo --help)");
    }

    @Test
    void workerWithoutCommandSaysWhatIsMissing() throws Exception {
        String error = oneLineError(CliProcess.start(dir, "worker", "--task-list", "a_tasks"), 2);

        assertThat(error).startsWith("swf-relay worker: Missing required parameter: 'COMMAND'");
    }

    @Test
    void scriptThatIsNotExecutableSaysHowToFixIt() throws Exception {
        Files.writeString(dir.resolve("plain.sh"), "echo hi\n");

        String error = oneLineError(CliProcess.start(dir, "worker", "--endpoint", "http://127.0.0.1:1",
                "--domain", "d", "--task-list", "a_tasks", "--", "./plain.sh"), 2);

        assertThat(error).isEqualTo("swf-relay: script ./plain.sh is not executable; run: chmod +x ./plain.sh");
    }

    @Test
    void unreachableEndpointSaysToStartTheEmulator() throws Exception {
        String error = oneLineError(CliProcess.start(dir, "list", "--endpoint", "http://127.0.0.1:1", "--domain", "d"), 1);

        assertThat(error).startsWith("swf-relay: cannot reach the SWF endpoint")
                .endsWith("check --endpoint http://127.0.0.1:1, or start the emulator there with: swf-relay serve --port 1");
    }

    @Test
    void anEndpointThatIsAnotherWebServerSaysToCheckIt() throws Exception {
        HttpServer other = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        other.createContext("/", exchange -> {
            exchange.sendResponseHeaders(501, -1);
            exchange.close();
        });
        other.start();
        try {
            String endpoint = "http://127.0.0.1:" + other.getAddress().getPort();

            String error = oneLineError(CliProcess.start(dir, "list", "--endpoint", endpoint, "--domain", "d"), 1);

            assertThat(error).startsWith("swf-relay: InternalFailure: ").contains("HTTP 501")
                    .endsWith("the answer is not SWF's: is " + endpoint + " an SWF endpoint (swf-relay serve, or AWS)? "
                            + "check --endpoint");
        } finally {
            other.stop(0);
        }
    }

    @Test
    void anUnknownWorkflowIdHintKeepsTheUsersEndpoint() throws Exception {
        try (Emulator emulator = Emulator.start(dir)) {
            Files.writeString(dir.resolve("w.json"), "{\"domain\": \"d\", \"workflowType\": \"w\", \"steps\": "
                    + "[{\"activityType\": \"a\", \"taskList\": \"a_tasks\"}]}");
            assertThat(CliProcess.start(dir, "register", "--endpoint", emulator.url(), "--workflow", "w.json")
                    .waitFor(LONG)).isZero();

            String error = oneLineError(CliProcess.start(dir, "history", "nope", "--endpoint", emulator.url(),
                    "--domain", "d"), 1);

            assertThat(error).isEqualTo("swf-relay: no execution with workflow id 'nope' in domain d; see the ids with: "
                    + "swf-relay list --domain d --endpoint " + emulator.url());
        }
    }

    @Test
    void unknownDomainSaysToRegisterIt() throws Exception {
        try (Emulator emulator = Emulator.start(dir)) {
            Processes.script(dir, "ok.sh", "echo ok");
            String error = oneLineError(CliProcess.start(dir, "worker", "--endpoint", emulator.url(),
                    "--domain", "nowhere", "--task-list", "a_tasks", "--", "./ok.sh"), 1);

            assertThat(error).startsWith("swf-relay: UnknownResourceFault: ").contains("nowhere")
                    .endsWith("register them first: swf-relay register --workflow FILE");
        }
    }

    @Test
    void portInUseSaysToPickAnother() throws Exception {
        try (Emulator emulator = Emulator.start(dir)) {
            String port = emulator.url().replaceAll(".*:", "");

            String error = oneLineError(CliProcess.start(dir, "serve", "--port", port), 1);

            assertThat(error).startsWith("swf-relay: cannot listen there (")
                    .endsWith("pick another --port (0 for any free one) or --bind address");
        }
    }

    @Test
    void anOpenServerOnABusyPortSaysOnlyThatItCannotListen() throws Exception {
        try (Emulator emulator = Emulator.start(dir)) {
            String port = emulator.url().replaceAll(".*:", "");

            String error = oneLineError(CliProcess.start(dir, "serve", "--bind", "0.0.0.0", "--port", port), 1);

            assertThat(error).startsWith("swf-relay: cannot listen there (");
        }
    }

    @Test
    void missingAwsCredentialsSayHowToProvideThem() throws Exception {
        Map<String, String> noCredentials = Map.of(
                "AWS_ACCESS_KEY_ID", "", "AWS_SECRET_ACCESS_KEY", "", "AWS_PROFILE", "",
                "AWS_SHARED_CREDENTIALS_FILE", dir.resolve("none").toString(),
                "AWS_CONFIG_FILE", dir.resolve("none").toString(),
                "AWS_EC2_METADATA_DISABLED", "true", "AWS_CONTAINER_CREDENTIALS_FULL_URI", "",
                "AWS_WEB_IDENTITY_TOKEN_FILE", "");

        String error = oneLineError(CliProcess.start(dir, noCredentials, "list", "--domain", "d", "--region", "us-east-1"), 1);

        assertThat(error).startsWith("swf-relay: no AWS credentials found;");
    }

    @Test
    void badWorkflowFileNamesTheField() throws Exception {
        Files.writeString(dir.resolve("w.json"), "{\"domain\": \"d\", \"workflowType\": \"w\", \"steps\": [{\"activityType\": \"a\"}]}");

        String error = oneLineError(CliProcess.start(dir, "register", "--endpoint", "http://127.0.0.1:1",
                "--workflow", "w.json"), 2);

        assertThat(error).isEqualTo("swf-relay: w.json: steps[0].taskList is missing");
    }
}
