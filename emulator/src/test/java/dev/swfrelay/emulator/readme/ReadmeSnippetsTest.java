package dev.swfrelay.emulator.readme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.swfrelay.core.api.RegisterActivityTypeRequest;
import dev.swfrelay.core.api.RegisterDomainRequest;
import dev.swfrelay.core.api.RegisterWorkflowTypeRequest;
import dev.swfrelay.core.api.StartWorkflowExecutionRequest;
import dev.swfrelay.core.decider.DeciderRunner;
import dev.swfrelay.core.model.ActivityType;
import dev.swfrelay.core.model.ChildPolicy;
import dev.swfrelay.core.model.CloseStatus;
import dev.swfrelay.core.model.Run;
import dev.swfrelay.core.model.TaskList;
import dev.swfrelay.core.model.Timeout;
import dev.swfrelay.core.model.WorkflowExecution;
import dev.swfrelay.core.model.WorkflowType;
import dev.swfrelay.core.model.decision.Decision;
import dev.swfrelay.core.pipeline.Pipeline;
import dev.swfrelay.core.pipeline.RetryPolicy;
import dev.swfrelay.core.pipeline.Step;
import dev.swfrelay.core.service.ServicePorts;
import dev.swfrelay.core.testing.HistoryBuilder;
import dev.swfrelay.core.worker.ActivityWorker;
import dev.swfrelay.emulator.SwfEmulator;
import dev.swfrelay.emulator.engine.clock.VirtualClock;
import dev.swfrelay.emulator.junit.SwfEmulatorTest;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.swf.SwfClient;

/**
 * The README's Java snippets, each the text between a {@code // README begin} and a
 * {@code // README end} line, its indentation removed; the test below checks that every
 * {@code ```java} block of the README is one of them (or of the testcontainers module's
 * {@code ReadmeContainerSnippets}, compiled there), so they cannot drift. The tour runs here; the
 * two JUnit examples are top-level classes of this file, which Surefire runs by their names. The
 * README states the imports.
 */
class ReadmeSnippetsTest {

    private static final Path README = Path.of("../README.md");
    private static final List<Path> SNIPPETS = List.of(
            Path.of("src/test/java/dev/swfrelay/emulator/readme/ReadmeSnippetsTest.java"),
            Path.of("../testcontainers/src/test/java/dev/swfrelay/testcontainers/ReadmeContainerSnippets.java"));

    @Test
    void everyJavaBlockOfTheReadmeIsASnippetHere() throws IOException {
        List<String> blocks = javaBlocks(Files.readAllLines(README));
        List<String> snippets = new ArrayList<>();
        for (Path file : SNIPPETS) {
            snippets.addAll(regions(Files.readAllLines(file)));
        }

        assertThat(blocks).as("the README's java blocks").hasSize(5);
        assertThat(snippets).as("the snippets, each in the README as written").containsExactlyInAnyOrderElementsOf(blocks);
    }

    private static List<String> javaBlocks(List<String> lines) {
        List<String> blocks = new ArrayList<>();
        List<String> block = null;
        for (String line : lines) {
            if (block == null && line.equals("```java")) {
                block = new ArrayList<>();
            } else if (block != null && line.equals("```")) {
                blocks.add(String.join("\n", block));
                block = null;
            } else if (block != null) {
                block.add(line.stripTrailing());
            }
        }
        return blocks;
    }

    /** The text between each {@code // README begin} and {@code // README end}, its common indentation removed. */
    private static List<String> regions(List<String> lines) {
        List<String> regions = new ArrayList<>();
        List<String> region = null;
        for (String line : lines) {
            if (line.strip().equals("// README begin")) {
                region = new ArrayList<>();
            } else if (line.strip().equals("// README end")) {
                regions.add(String.join("\n", region).stripIndent());
                region = null;
            } else if (region != null) {
                region.add(line.stripTrailing());
            }
        }
        return regions;
    }

    @Test
    void theTourDecidesAndRunsAThenBInProcess() {
        // README begin
        Pipeline seed = Pipeline.of(
                Step.builder("A").activityType(new ActivityType("script-a", "1")).taskList(new TaskList("a_tasks"))
                        .retryPolicy(RetryPolicy.exponential(3, Duration.ofSeconds(5))).build(),
                Step.builder("B").activityType(new ActivityType("script-b", "1")).taskList(new TaskList("b_tasks")).build());

        // test it as a function, no SWF at all
        List<Decision> next = seed.decide(HistoryBuilder.workflowStarted("in").decisionTask());
        // -> [ScheduleActivityTask A-1 on a_tasks with input "in"]
        // README end
        assertThat(next).singleElement().asString().contains("A-1", "a_tasks", "in");

        // README begin
        VirtualClock clock = VirtualClock.frozenAt(Instant.parse("2015-01-01T00:00:00Z"));
        try (SwfEmulator swf = SwfEmulator.builder().clock(clock).build()) {
            ServicePorts ports = swf.ports("my-domain", "test");
            ports.registrar().registerDomain(RegisterDomainRequest.builder().name("my-domain")
                    .workflowExecutionRetentionPeriodInDays("1").build());
            ports.registrar().registerWorkflowType(RegisterWorkflowTypeRequest.builder().domain("my-domain")
                    .name("a-then-b").version("1").defaultTaskList(new TaskList("decisions"))
                    .defaultChildPolicy(ChildPolicy.TERMINATE).defaultExecutionStartToCloseTimeout(Timeout.ofSeconds(3600))
                    .defaultTaskStartToCloseTimeout(Timeout.ofSeconds(60)).build());
            for (String activity : List.of("script-a", "script-b")) {
                ports.registrar().registerActivityType(RegisterActivityTypeRequest.builder().domain("my-domain")
                        .name(activity).version("1").defaultTaskScheduleToStartTimeout(Timeout.ofSeconds(300))
                        .defaultTaskStartToCloseTimeout(Timeout.ofSeconds(60))
                        .defaultTaskScheduleToCloseTimeout(Timeout.ofSeconds(600))
                        .defaultTaskHeartbeatTimeout(Timeout.NONE).build());
            }
            try (DeciderRunner decider = DeciderRunner.builder(ports.decisionTasks(), seed).taskList("decisions").build();
                 ActivityWorker a = ActivityWorker.builder(ports.activityTasks(), ctx -> "A(" + ctx.input() + ")").taskList("a_tasks").build();
                 ActivityWorker b = ActivityWorker.builder(ports.activityTasks(), ctx -> "B(" + ctx.input() + ")").taskList("b_tasks").build()) {
                decider.start();
                a.start();
                b.start();
                Run run = ports.workflows().start(StartWorkflowExecutionRequest.builder().domain("my-domain")
                        .workflowId("job-1").workflowType(new WorkflowType("a-then-b", "1")).input("in").build());
                WorkflowExecution job = new WorkflowExecution(run.runId(), "job-1");
                await().atMost(Duration.ofSeconds(30)).until(() ->
                        ports.workflows().describe("my-domain", job).executionInfo().closeStatus() == CloseStatus.COMPLETED);
                // its result: "B(A(in))"
            }
            clock.advance(Duration.ofMinutes(5));   // fires due timeouts and timers, in deadline order
        }
        // README end
    }
}

// README begin
@SwfEmulatorTest
class MyWorkflowTest {
    @Test
    void runs(SwfClient swf, URI endpoint, VirtualClock clock) {
        // swf: an SDK client of the server at endpoint; clock: the server's time
        swf.registerDomain(r -> r.name("my-domain").workflowExecutionRetentionPeriodInDays("1"));
        assertEquals("REGISTERED", swf.describeDomain(r -> r.name("my-domain")).domainInfo().statusAsString());
    }
}
// README end

// README begin
@SwfEmulatorTest(pollHold = "PT2S")
class OrdersWorkflowTest {
    @Test
    void registersItsDomain(SwfClient swf, VirtualClock clock) {
        clock.freeze(Instant.parse("2015-01-01T00:00:00Z"));
        swf.registerDomain(r -> r.name("orders").workflowExecutionRetentionPeriodInDays("1"));
        clock.advance(Duration.ofHours(1));                    // fires due timers and timeouts
        assertEquals("orders", swf.describeDomain(r -> r.name("orders")).domainInfo().name());
    }
}
// README end
