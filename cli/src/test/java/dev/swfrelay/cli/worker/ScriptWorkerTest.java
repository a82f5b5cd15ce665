package dev.swfrelay.cli.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.swfrelay.cli.history.ExecutionWatch;
import dev.swfrelay.cli.script.ScriptCommand;
import dev.swfrelay.cli.workflow.PipelineOf;
import dev.swfrelay.cli.workflow.Registration;
import dev.swfrelay.cli.workflow.StartRequests;
import dev.swfrelay.cli.workflow.WorkflowDefinition;
import dev.swfrelay.cli.workflow.WorkflowFile;
import dev.swfrelay.core.api.RequestCancelWorkflowExecutionRequest;
import dev.swfrelay.core.decider.DeciderRunner;
import dev.swfrelay.core.model.EventType;
import dev.swfrelay.core.model.HistoryEvent;
import dev.swfrelay.core.model.Run;
import dev.swfrelay.core.model.WorkflowExecution;
import dev.swfrelay.core.model.event.ActivityTaskFailed;
import dev.swfrelay.core.port.WorkflowClient;
import dev.swfrelay.core.service.ServicePorts;
import dev.swfrelay.emulator.SwfEmulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The script worker on the in-process emulator, with real scripts. */
class ScriptWorkerTest {

    private static final String DOMAIN = "scripts";

    @TempDir
    Path dir;

    private final SwfEmulator emulator = SwfEmulator.builder().pollHold(Duration.ofSeconds(1)).build();
    private final ServicePorts ports = emulator.ports(DOMAIN, "test");
    private final WorkflowClient workflows = ports.workflows();
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());
    private DeciderRunner decider;
    private ScriptWorker worker;

    @AfterEach
    void stop() {
        if (worker != null) {
            worker.kill("test over");
            worker.drain(Duration.ofSeconds(5));
        }
        if (decider != null) {
            decider.close(Duration.ofSeconds(5));
        }
        emulator.close();
    }

    private WorkflowDefinition setUp(String script, int concurrency, int retries) throws Exception {
        WorkflowDefinition workflow = WorkflowFile.parse("""
                domain: scripts
                workflowType: flow:1
                steps:
                  - {name: only, activityType: "step:1", taskList: steps, retries: %d, startToCloseTimeout: 30s}
                """.formatted(retries), "test.yaml");
        new Registration(ports.registrar()).register(workflow, 1);
        decider = DeciderRunner.builder(ports.decisionTasks(), PipelineOf.workflow(workflow))
                .taskList(workflow.taskList()).handlers(2).build();
        decider.start();
        Path file = dir.resolve("script.sh");
        Files.writeString(file, "#!/bin/bash\n" + script + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        worker = ScriptWorker.create(emulator.service(), ports.activityTasks(), DOMAIN, "steps",
                new ScriptCommand(List.of(file.toString())),
                new ScriptWorker.Settings(null, concurrency, null, Duration.ofMillis(100), Duration.ofSeconds(1)),
                log::add);
        worker.start();
        return workflow;
    }

    private WorkflowExecution start(WorkflowDefinition workflow, String id) {
        Run run = workflows.start(StartRequests.of(workflow, id, "input of " + id));
        return new WorkflowExecution(run.runId(), id);
    }

    private List<HistoryEvent> awaitClose(WorkflowExecution execution) throws InterruptedException {
        return new ExecutionWatch(workflows, DOMAIN, execution, Duration.ofMillis(20), Duration.ofMillis(100))
                .awaitClose(event -> { });
    }

    private static List<EventType> types(List<HistoryEvent> history) {
        return history.stream().map(HistoryEvent::eventType).toList();
    }

    @Test
    void cancellingTheExecutionStopsTheScriptAndReportsTheTaskCanceled() throws Exception {
        Path pid = dir.resolve("pid");
        WorkflowDefinition workflow = setUp("echo $$ > " + pid + "; sleep 30", 1, 0);
        WorkflowExecution execution = start(workflow, "cancel-1");
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(pid) && Files.size(pid) > 0);

        workflows.requestCancel(RequestCancelWorkflowExecutionRequest.builder()
                .domain(DOMAIN).workflowId("cancel-1").runId(execution.runId()).build());

        List<HistoryEvent> history = awaitClose(execution);
        assertThat(types(history)).contains(EventType.ActivityTaskCancelRequested, EventType.ActivityTaskCanceled)
                .endsWith(EventType.WorkflowExecutionCanceled);
        long scriptPid = Long.parseLong(Files.readString(pid).trim());
        await().atMost(Duration.ofSeconds(5)).until(() -> ProcessHandle.of(scriptPid).isEmpty()
                || !ProcessHandle.of(scriptPid).get().isAlive() || isZombie(scriptPid));
        assertThat(log).anyMatch(line -> line.contains("stopped after") && line.contains("cancellation requested"));
    }

    @Test
    void runsAtMostConcurrencyScriptsAtOnceAndEachTaskOnce() throws Exception {
        Path runs = dir.resolve("runs");
        Files.createDirectory(runs);
        WorkflowDefinition workflow = setUp("""
                mkdir %1$s/$SWF_WORKFLOW_ID
                ls %1$s | wc -l >> %2$s
                sleep 0.5
                rmdir %1$s/$SWF_WORKFLOW_ID
                echo "done $SWF_WORKFLOW_ID"
                """.formatted(runs, dir.resolve("counts")), 2, 0);
        List<WorkflowExecution> executions = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            executions.add(start(workflow, "concurrent-" + i));
        }

        for (WorkflowExecution execution : executions) {
            List<HistoryEvent> history = awaitClose(execution);
            assertThat(types(history)).endsWith(EventType.WorkflowExecutionCompleted)
                    .filteredOn(type -> type == EventType.ActivityTaskStarted).hasSize(1);
        }
        List<Integer> counts = Files.readAllLines(dir.resolve("counts")).stream().map(String::trim).map(Integer::parseInt).toList();
        assertThat(counts).hasSize(5).allMatch(n -> n <= 2).contains(2);
    }

    @Test
    void failingScriptIsRetriedThenFailsTheExecutionWithExitCodeAndStderr() throws Exception {
        WorkflowDefinition workflow = setUp("echo 'no space left' >&2; exit 4", 1, 2);
        WorkflowExecution execution = start(workflow, "fail-1");

        List<HistoryEvent> history = awaitClose(execution);

        assertThat(types(history)).filteredOn(type -> type == EventType.ActivityTaskFailed).hasSize(3);
        assertThat(types(history)).endsWith(EventType.WorkflowExecutionFailed);
        assertThat(history.stream().filter(e -> e.eventType() == EventType.ActivityTaskFailed)
                .map(e -> e.attributes(ActivityTaskFailed.class)))
                .allMatch(f -> f.reason().equals("exit 4") && f.details().equals("no space left\n"));
    }

    private static boolean isZombie(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2) == 'Z';
        } catch (IOException e) {
            return true;
        }
    }
}
