package dev.swfrelay.it.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code swf-relay serve --credentials FILE} in its own process, driven by the CLI's own commands
 * with the keys in the usual AWS variables: the right keys register and start, a wrong secret is
 * refused with SWF's words and changes nothing; an open server bound beyond loopback warns.
 */
class CliGuardedServeIT {

    private static final Path ROOT = CliProcess.repositoryRoot();
    private static final String WORKFLOW = "examples/seed/workflow.json";
    private static final Duration LONG = Duration.ofSeconds(90);

    @TempDir
    Path dir;

    @Test
    void theCliGetsInWithTheRightKeysAndIsRefusedWithAWrongSecret() throws Exception {
        Path keys = Files.writeString(dir.resolve("credentials"), "# the team\nAKIDTEAM, team/secret+1, 444444444444\n");
        try (Emulator emulator = Emulator.start(ROOT, "--credentials", keys.toString())) {
            assertThat(emulator.stdout()).contains("signed requests only");
            String url = emulator.url();

            CliProcess wrong = CliProcess.start(ROOT, keys("not-the-secret"), "register", "--endpoint", url, "--workflow", WORKFLOW);
            assertThat(wrong.waitFor(LONG)).isNotZero();
            assertThat(wrong.stderr()).contains("InvalidSignatureException: The request signature we calculated does not "
                    + "match the signature you provided.");

            CliProcess stranger = CliProcess.start(ROOT, "list", "--endpoint", url, "--domain", "swf-relay-seed");
            assertThat(stranger.waitFor(LONG)).isNotZero();
            assertThat(stranger.stderr()).contains("UnrecognizedClientException: The security token included in the request is invalid.")
                    .contains("use a key of the server's --credentials file");
            emulator.awaitOutput("no account has access key id");
            assertThat(emulator.stderr()).as("the refused key is logged without --verbose")
                    .containsPattern("\\[WARN\\].*refused, UnrecognizedClientException.*no account has access key id");

            CliProcess register = CliProcess.start(ROOT, keys("team/secret+1"), "register", "--endpoint", url, "--workflow", WORKFLOW);
            assertThat(register.waitFor(LONG)).as(register.stderr()).isZero();
            assertThat(register.stdout()).contains("domain swf-relay-seed: registered");

            CliProcess start = CliProcess.start(ROOT, keys("team/secret+1"), "start", "--endpoint", url, "--workflow", WORKFLOW,
                    "--workflow-id", "guarded-1", "--input", "in");
            assertThat(start.waitFor(LONG)).as(start.stderr()).isZero();
            CliProcess list = CliProcess.start(ROOT, keys("team/secret+1"), "list", "--endpoint", url, "--domain", "swf-relay-seed");
            assertThat(list.waitFor(LONG)).as(list.stderr()).isZero();
            assertThat(list.stdout()).contains("guarded-1");
        }
    }

    @Test
    void anOpenServerBoundBeyondLoopbackWarns() {
        try (Emulator open = Emulator.start(ROOT, "--bind", "0.0.0.0")) {
            open.awaitOutput("without --credentials");
            assertThat(open.stderr()).contains("[WARN]").contains("serving 0.0.0.0 without --credentials");
        }
    }

    private static Map<String, String> keys(String secret) {
        return Map.of("AWS_ACCESS_KEY_ID", "AKIDTEAM", "AWS_SECRET_ACCESS_KEY", secret);
    }
}
