package dev.swfrelay.it.bench.inprocess;

import dev.swfrelay.it.bench.BenchFlow;
import dev.swfrelay.core.api.SwfService;
import dev.swfrelay.emulator.SwfEmulator;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Heap per idle open execution: {@code count} executions started (each with its first
 * decision task waiting on the task list and its timeout armed), nobody polling; heap used
 * after a full collection, before and after, divided by the count.
 */
final class HeapProbe {

    private HeapProbe() {
    }

    static long bytesPerOpenExecution(int count) {
        try (SwfEmulator emulator = SwfEmulator.builder().build()) {
            SwfService swf = emulator.service();
            BenchFlow.register(swf);
            long before = usedAfterGc();
            for (int i = 0; i < count; i++) {
                swf.startWorkflowExecution(BenchFlow.start("idle-" + i));
            }
            long after = usedAfterGc();
            long perExecution = (after - before) / count;
            if (swf.hashCode() == 0) {
                System.out.println("keep emulator reachable");
            }
            return perExecution;
        }
    }

    private static long usedAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
