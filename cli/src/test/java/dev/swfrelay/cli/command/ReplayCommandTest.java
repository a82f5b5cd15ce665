package dev.swfrelay.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.swfrelay.cli.Main;
import dev.swfrelay.cli.workflow.PipelineOf;
import dev.swfrelay.cli.workflow.Registration;
import dev.swfrelay.cli.workflow.StartRequests;
import dev.swfrelay.cli.workflow.WorkflowDefinition;
import dev.swfrelay.cli.workflow.WorkflowFile;
import dev.swfrelay.core.decider.Decider;
import dev.swfrelay.core.model.ActivityTask;
import dev.swfrelay.core.model.DecisionTask;
import dev.swfrelay.core.model.Run;
import dev.swfrelay.core.model.TaskList;
import dev.swfrelay.core.model.WorkflowExecution;
import dev.swfrelay.core.service.ServicePorts;
import dev.swfrelay.emulator.SwfEmulator;
import dev.swfrelay.emulator.json.SwfJson;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code swf-relay replay} on the seed workflow's history, recorded on the in-process emulator. */
class ReplayCommandTest {

    private static final Path SEED = Path.of("../examples/seed/workflow.json");

    @TempDir
    Path dir;
    private Path history;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void recordTheSeedFlow() throws Exception {
        WorkflowDefinition workflow = WorkflowFile.read(SEED);
        Decider decider = PipelineOf.workflow(workflow);
        try (SwfEmulator swf = SwfEmulator.builder().pollHold(Duration.ofSeconds(5)).build()) {
            ServicePorts ports = swf.ports(workflow.domain(), "recorder");
            new Registration(ports.registrar()).register(workflow, 1);
            Run run = ports.workflows().start(StartRequests.of(workflow, "job-1", "job"));
            decide(ports, workflow, decider);
            complete(ports, "a_tasks", "a-out");
            decide(ports, workflow, decider);
            complete(ports, "b_tasks", "b-out");
            decide(ports, workflow, decider);
            history = Files.writeString(dir.resolve("seed-1.json"), SwfJson.writeHistory(
                    ports.workflows().history(workflow.domain(), new WorkflowExecution(run.runId(), "job-1"))));
        }
    }

    @Test
    void aRecordedHistoryReplaysAndExitsZero() {
        assertThat(run("replay", "--workflow", SEED.toString(), history.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("ok        " + history + " (3 decision tasks)")
                .contains("1 histories replayed, 0 diverged");
    }

    @Test
    void aFolderReplaysEachHistoryInIt() throws Exception {
        Files.copy(history, dir.resolve("seed-2.json"));

        assertThat(run("replay", "--workflow", SEED.toString(), dir.toString(), "--strict")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("seed-1.json").contains("seed-2.json").contains("2 histories replayed, 0 diverged");
    }

    @Test
    void aStepMovedToAnotherTaskListExitsOneWithTheDiff() throws Exception {
        Path moved = Files.writeString(dir.resolve("workflow-moved.yaml"),
                Files.readString(SEED).replace("\"b_tasks\"", "\"c_tasks\""));

        int exit = run("replay", "--workflow", moved.toString(), history.toString());

        assertThat(exit).as(err.toString()).isEqualTo(1);
        assertThat(out.toString()).contains("DIVERGED  " + history)
                .contains("decision task 2 (scheduled at event 8, started at 9, completed at 10)")
                .contains("taskList.name: recorded \"b_tasks\", decider returned \"c_tasks\"")
                .contains("1 histories replayed, 1 diverged");
    }

    @Test
    void aFileThatIsNotSwfJsonExitsTwoNamingFileAndPath() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"events\":[{\"eventId\":1}]}");

        assertThat(run("replay", "--workflow", SEED.toString(), bad.toString())).isEqualTo(2);
        assertThat(err.toString()).contains(bad + ": $.events[0].eventTimestamp: Member must not be null");
    }

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private static void decide(ServicePorts ports, WorkflowDefinition workflow, Decider decider) throws InterruptedException {
        DecisionTask task = ports.decisionTasks().poll(new TaskList(workflow.taskList())).orElseThrow();
        ports.decisionTasks().complete(task.taskToken(), decider.decide(task), null);
    }

    private static void complete(ServicePorts ports, String taskList, String result) throws InterruptedException {
        ActivityTask task = ports.activityTasks().poll(new TaskList(taskList)).orElseThrow();
        ports.activityTasks().complete(task.taskToken(), result);
    }
}
