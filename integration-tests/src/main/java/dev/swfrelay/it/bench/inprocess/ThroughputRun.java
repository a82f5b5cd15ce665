package dev.swfrelay.it.bench.inprocess;

import dev.swfrelay.it.bench.BenchFlow;
import dev.swfrelay.core.decider.DeciderRunner;
import dev.swfrelay.core.pipeline.Pipeline;
import dev.swfrelay.core.pipeline.Step;
import dev.swfrelay.core.service.ServicePorts;
import dev.swfrelay.core.worker.ActivityWorker;
import dev.swfrelay.emulator.SwfEmulator;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * A-then-B workflows completed per second with core's real runtimes on the in-process
 * adapter: all workflows are started up front, and the clock runs until the last closes.
 */
final class ThroughputRun {

    private ThroughputRun() {
    }

    static double workflowsPerSecond(int workflows, int pollers) {
        try (SwfEmulator emulator = SwfEmulator.builder().pollHold(Duration.ofSeconds(5)).build()) {
            BenchFlow.register(emulator.service());
            CompletionCounter counter = CompletionCounter.around(emulator.service());
            ServicePorts ports = ServicePorts.of(counter.service(), BenchFlow.DOMAIN, "bench");
            Pipeline pipeline = Pipeline.of(Step.of("A", "A", "a_tasks"), Step.of("B", "B", "b_tasks"));
            try (DeciderRunner decider = DeciderRunner.builder(ports.decisionTasks(), pipeline).taskList("decisions")
                         .pollers(pollers).handlers(pollers).build();
                 ActivityWorker a = ActivityWorker.builder(ports.activityTasks(), ctx -> ctx.input() + "+A")
                         .taskList("a_tasks").pollers(pollers).handlers(pollers).build();
                 ActivityWorker b = ActivityWorker.builder(ports.activityTasks(), ctx -> ctx.input() + "+B")
                         .taskList("b_tasks").pollers(pollers).handlers(pollers).build()) {
                decider.start();
                a.start();
                b.start();
                long began = System.nanoTime();
                for (int i = 0; i < workflows; i++) {
                    emulator.service().startWorkflowExecution(BenchFlow.start("wf-" + i));
                }
                while (counter.completed() < workflows) {
                    LockSupport.parkNanos(1_000_000);
                }
                double seconds = (System.nanoTime() - began) / 1e9;
                return workflows / seconds;
            }
        }
    }
}
