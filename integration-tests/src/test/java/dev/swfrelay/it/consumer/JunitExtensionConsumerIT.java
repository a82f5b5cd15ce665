package dev.swfrelay.it.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, item 4: a separate Maven project with only the README's dependencies (JUnit, the
 * SDK's {@code swf}, {@code swf-relay-emulator}) runs an {@code @SwfEmulatorTest} test.
 */
class JunitExtensionConsumerIT {

    private static final Path PROJECT_ROOT = Path.of(System.getProperty("user.dir")).getParent();
    private static final Path USER_REPOSITORY = Path.of(System.getProperty("user.home"), ".m2", "repository");

    @Test
    void aProjectWithTheEmulatorAsItsOnlyAddedDependencyRunsAnSwfEmulatorTest(@TempDir Path tmp) throws Exception {
        LocalRepository repository = LocalRepository.linkedTo(USER_REPOSITORY, tmp.resolve("repository"))
                .withProjectModules(PROJECT_ROOT, List.of("core", "emulator"));
        ConsumerProject orders = ConsumerProject.from(tmp.resolve("orders"), "extension-pom.xml",
                "OrdersWorkflowTest.java", "com/example/orders/OrdersWorkflowTest.java");

        ConsumerProject.Build build = orders.test(repository, Duration.ofMinutes(5), Map.of());

        assertThat(build.exitCode()).as(build.output()).isZero();
        assertThat(orders.counts("com.example.orders.OrdersWorkflowTest"))
                .isEqualTo(new ConsumerProject.Counts(1, 0, 0, 0));
    }
}
