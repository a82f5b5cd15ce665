package dev.swfrelay.it.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code swf-relay demo}, as the README's first command runs it. */
class CliDemoIT {

    @Test
    void demoRunsAThenBFromTheRepositoryRoot() throws Exception {
        long begin = System.nanoTime();
        CliProcess demo = CliProcess.start(CliProcess.repositoryRoot(), "demo");

        assertThat(demo.waitFor(Duration.ofSeconds(90))).as(demo.stderr()).isZero();

        Duration wall = Duration.ofNanos(System.nanoTime() - begin);
        System.out.println("demo wall time (JVM start to exit): " + wall.toMillis() + " ms");
        assertThat(demo.stdout())
                .contains("examples/seed")
                .contains("ActivityTaskScheduled", "ActivityTaskStarted", "ActivityTaskCompleted")
                .containsPattern("B ran on .*; got from A: A ran on .* with input")
                .contains("WorkflowExecutionCompleted");
        assertThat(wall).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void demoRunsFromAnyDirectoryWithTheEmbeddedSeed(@TempDir Path elsewhere) throws Exception {
        CliProcess demo = CliProcess.start(elsewhere, "demo");

        assertThat(demo.waitFor(Duration.ofSeconds(90))).as(demo.stderr()).isZero();
        assertThat(demo.stdout()).contains("embedded copy").containsPattern("got from A: A ran on");
    }
}
