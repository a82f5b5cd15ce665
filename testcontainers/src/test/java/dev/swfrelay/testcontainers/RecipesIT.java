package dev.swfrelay.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Use it in another project's CI" recipes that this machine can run, run as
 * written: the {@code docker run} line and {@code examples/compose/docker-compose.yml}. Each
 * waits for the image's HEALTHCHECK, runs A-then-B with boto3 from the host, then stops.
 */
@ExtendWith(DockerEngineAvailable.class)
class RecipesIT {

    private static final String IMAGE = System.getProperty("swf-relay.image", SwfRelayContainer.DEFAULT_IMAGE);
    private static final Path ROOT = Path.of(System.getProperty("swf-relay.root", ".."));

    @Test
    void theDockerRunLineServesAThenBAndStopsCleanlyOnSigterm(@TempDir Path tmp) throws Exception {
        assumeBoto3();
        LocalImage.require(IMAGE);
        String id = docker("run", "-d", "-p", "127.0.0.1::8080", IMAGE).trim();
        try {
            awaitHealthy(id);
            String port = hostPort(docker("port", id, "8080"));
            Commands.Result boto3 = Commands.boto3AThenB(tmp, "http://127.0.0.1:" + port);
            assertThat(boto3.exit()).as(boto3.output()).isZero();
            assertThat(boto3.output()).contains("completed B(A(in))");

            docker("stop", "--time", "20", id);
            assertThat(docker("inspect", "-f", "{{.State.ExitCode}}", id).trim()).as("exit code after SIGTERM").isEqualTo("0");
            assertThat(docker("logs", id)).contains("listening on http://");
        } finally {
            Commands.run(List.of("docker", "rm", "-f", id), Map.of());
        }
    }

    @Test
    void theComposeFileServesAThenB(@TempDir Path tmp) throws Exception {
        assumeBoto3();
        List<String> compose = composeCommand();
        assumeTrue(compose != null, "neither `docker compose` nor `docker-compose` is installed "
                + "(apt-get install docker-compose): compose recipe test skipped");
        LocalImage.require(IMAGE);
        Map<String, String> env = Map.of("SWF_RELAY_HOST_PORT", "", "SWF_RELAY_IMAGE", IMAGE);
        List<String> project = new ArrayList<>(compose);
        project.addAll(List.of("-f", ROOT.resolve("examples/compose/docker-compose.yml").toString(),
                "-p", "swfrelay" + System.nanoTime()));
        try {
            expectSuccess(with(project, "up", "-d"), env);
            String id = expectSuccess(with(project, "ps", "-q", "swf-relay"), env).trim();
            awaitHealthy(id);
            String port = hostPort(expectSuccess(with(project, "port", "swf-relay", "8080"), env));

            Commands.Result boto3 = Commands.boto3AThenB(tmp, "http://127.0.0.1:" + port);

            assertThat(boto3.exit()).as(boto3.output()).isZero();
            assertThat(boto3.output()).contains("completed B(A(in))");
            // examples/compose/init, mounted on /init and named by SWF_RELAY_INIT, was registered at start
            try (software.amazon.awssdk.services.swf.SwfClient sdk = EmulatorSwfClient.build(
                    java.net.URI.create("http://127.0.0.1:" + port), "us-east-1", Duration.ofSeconds(5))) {
                assertThat(sdk.describeActivityType(r -> r.domain("my-domain")
                        .activityType(t -> t.name("script-b").version("1"))).configuration().defaultTaskList().name())
                        .isEqualTo("b_tasks");
            }
        } finally {
            Commands.run(with(project, "down", "--timeout", "20"), env);
        }
    }

    private static void assumeBoto3() {
        assumeTrue(Commands.succeeds("python3", "-c", "import boto3"),
                "python3 with boto3 is not installed (apt-get install python3-boto3): recipe test skipped");
    }

    private static List<String> composeCommand() {
        if (Commands.succeeds("docker", "compose", "version")) {
            return List.of("docker", "compose");
        }
        return Commands.succeeds("docker-compose", "version") ? List.of("docker-compose") : null;
    }

    private static void awaitHealthy(String id) {
        await("container " + id + " healthy").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(() -> docker("inspect", "-f", "{{.State.Health.Status}}", id).trim(), "healthy"::equals);
    }

    private static String docker(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("docker"));
        command.addAll(List.of(args));
        return expectSuccess(command, Map.of());
    }

    private static String expectSuccess(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        Commands.Result result = Commands.run(command, env);
        assertThat(result.exit()).as(command + ":\n" + result.output()).isZero();
        return result.output();
    }

    private static List<String> with(List<String> base, String... args) {
        List<String> command = new ArrayList<>(base);
        command.addAll(List.of(args));
        return command;
    }

    /** The port of {@code docker port}'s or {@code compose port}'s first line, e.g. {@code 127.0.0.1:49153}: Docker chose it. */
    private static String hostPort(String mapping) {
        String first = mapping.strip().lines().findFirst().orElseThrow(() -> new AssertionError("no port mapping"));
        return first.substring(first.lastIndexOf(':') + 1);
    }
}
