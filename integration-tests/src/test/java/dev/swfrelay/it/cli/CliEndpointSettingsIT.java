package dev.swfrelay.it.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Against {@code --endpoint} a command takes nothing from the AWS settings around it: it reads
 * no profile file (one that would fail to parse is named by {@code AWS_CONFIG_FILE} and
 * {@code AWS_SHARED_CREDENTIALS_FILE}, and {@code HOME} has no {@code .aws}) and asks no
 * instance-metadata or container-credentials service for credentials or a region (both
 * point at a listener that counts connections).
 */
class CliEndpointSettingsIT {

    private static final Duration LONG = Duration.ofSeconds(90);
    private static final Path SEED_WORKFLOW = CliProcess.repositoryRoot().resolve("examples/seed/workflow.json");

    @TempDir
    Path dir;

    @Test
    void endpointCommandsReadNoProfileFileAndCallNoMetadataService() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        Path broken = Files.writeString(dir.resolve("not-a-profile-file"), "this is no profile file\n[profile broken\n");
        try (Emulator emulator = Emulator.start(dir); ConnectionCounter metadata = ConnectionCounter.open()) {
            Map<String, String> env = Map.of("HOME", home.toString(),
                    "AWS_CONFIG_FILE", broken.toString(), "AWS_SHARED_CREDENTIALS_FILE", broken.toString(),
                    "AWS_PROFILE", "broken",
                    "AWS_EC2_METADATA_SERVICE_ENDPOINT", metadata.url(),
                    "AWS_CONTAINER_CREDENTIALS_FULL_URI", metadata.url() + "/credentials");

            CliProcess register = CliProcess.start(dir, env,
                    "register", "--endpoint", emulator.url(), "--workflow", SEED_WORKFLOW.toString());
            assertThat(register.waitFor(LONG)).as(register.stderr()).isZero();
            CliProcess list = CliProcess.start(dir, env, "list", "--endpoint", emulator.url(), "--domain", "swf-relay-seed");
            assertThat(list.waitFor(LONG)).as(list.stderr()).isZero();

            assertThat(register.stdout()).contains("domain swf-relay-seed: registered");
            assertThat(list.stdout()).startsWith("WORKFLOW ID");
            assertThat(metadata.accepted()).as("connections to the metadata and credentials services").isZero();
        }
    }
}
