package dev.swfrelay.it.bench.inprocess;

import dev.swfrelay.it.bench.BenchFlow;
import dev.swfrelay.core.service.ServicePorts;
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
            try (BenchFlow.Runtimes runtimes = BenchFlow.runtimes(ports, pollers)) {
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
