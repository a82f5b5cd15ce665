package dev.swfrelay.it.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, item 4, for the container: a separate Maven project with only JUnit and
 * {@code swf-relay-testcontainers} runs a {@code @Testcontainers} test on {@code SwfRelayContainer}
 * against the real engine. Skipped, saying so, where no Docker engine answers.
 */
class TestcontainersConsumerIT {

    private static final Path PROJECT_ROOT = Path.of(System.getProperty("user.dir")).getParent();
    private static final Path USER_REPOSITORY = Path.of(System.getProperty("user.home"), ".m2", "repository");
    /** What the README tells a user on a machine that reaches no registry. */
    private static final Map<String, String> NO_PULLS = Map.of(
            "TESTCONTAINERS_RYUK_DISABLED", "true",
            "TESTCONTAINERS_CHECKS_DISABLE", "true",
            "TESTCONTAINERS_HOST_OVERRIDE", "localhost");

    @Test
    void aProjectWithTheTestcontainersModuleAsItsOnlyAddedDependencyRunsAContainerTest(@TempDir Path tmp) throws Exception {
        assumeTrue(dockerAnswers(), "no Docker engine answers (docker info): container consumer test skipped; "
                + "scripts/docker-engine.sh starts one");
        LocalRepository repository = LocalRepository.linkedTo(USER_REPOSITORY, tmp.resolve("repository"))
                .withProjectModules(PROJECT_ROOT, List.of("core", "testcontainers"));
        ConsumerProject billing = ConsumerProject.from(tmp.resolve("billing"), "testcontainers-pom.xml",
                "BillingWorkflowTest.java", "com/example/billing/BillingWorkflowTest.java");

        ConsumerProject.Build build = billing.test(repository, Duration.ofMinutes(5), NO_PULLS);

        assertThat(build.exitCode()).as(build.output()).isZero();
        assertThat(billing.counts("com.example.billing.BillingWorkflowTest"))
                .isEqualTo(new ConsumerProject.Counts(1, 0, 0, 0));
    }

    private static boolean dockerAnswers() throws Exception {
        Process info = new ProcessBuilder("docker", "info").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return info.waitFor(30, TimeUnit.SECONDS) && info.exitValue() == 0;
    }
}
