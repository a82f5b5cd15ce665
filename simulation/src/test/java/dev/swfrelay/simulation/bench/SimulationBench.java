package dev.swfrelay.simulation.bench;

import com.sun.management.ThreadMXBean;
import dev.swfrelay.core.pipeline.Pipeline;
import dev.swfrelay.core.pipeline.RetryPolicy;
import dev.swfrelay.core.pipeline.Step;
import dev.swfrelay.simulation.FaultKind;
import dev.swfrelay.simulation.FaultProfile;
import dev.swfrelay.simulation.SimulationResult;
import dev.swfrelay.simulation.SwfSimulation;
import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * scripts/bench.sh simulate: simulated A-then-B runs (the Pipeline with retries) per second under
 * the standard fault profile, on one thread, and the bytes allocated per run. Not a test: a main.
 * {@code runs_per_cpu_s} divides by the thread's CPU time: the figure on a machine shared with
 * other work (see {@code load_average}), where wall time measures the neighbours too.
 * Arguments: [SEEDS [WARMUP_SEEDS]]. The last line is one JSON object.
 */
public final class SimulationBench {

    private SimulationBench() {
    }

    public static void main(String[] args) {
        int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        RetryPolicy retries = RetryPolicy.exponential(5, Duration.ofSeconds(10));
        SwfSimulation simulation = SwfSimulation.builder()
                .pipeline(Pipeline.of(
                        Step.builder("A").activityType("A", "1.0").taskList("a_tasks").retryPolicy(retries).build(),
                        Step.builder("B").activityType("B", "1.0").taskList("b_tasks").retryPolicy(retries).build()),
                        step -> call -> {
                            call.idempotencyKey(call.workflowId() + "/" + step.name());
                            return step.name() + "(" + call.input() + ")";
                        })
                .faults(FaultProfile.standard()).build();
        simulation.run(1_000_000, warmup, o -> { });
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long bytesBefore = threads.getCurrentThreadAllocatedBytes();
        long cpuBefore = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        SimulationResult result = simulation.run(1, seeds, o -> { });
        long nanos = System.nanoTime() - start;
        long bytes = threads.getCurrentThreadAllocatedBytes() - bytesBefore;
        long cpuNanos = threads.getCurrentThreadCpuTime() - cpuBefore;
        double runsPerSecond = result.runs() / (nanos / 1e9);
        int faults = result.faultsByKind().values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("{\"mode\":\"simulate\",\"profile\":\"standard\",\"seeds\":%d,\"warmup_seeds\":%d,"
                        + "\"runs\":%d,\"seconds\":%.3f,\"runs_per_s\":%.0f,\"runs_per_cpu_s\":%.0f,\"load_average\":%.1f,\"bytes_per_run\":%d,\"faults_fired\":%d,"
                        + "\"crashes\":%d,\"failed_seeds\":%d,\"threads\":1,\"cores\":%d}%n",
                seeds, warmup, result.runs(), nanos / 1e9, runsPerSecond, result.runs() / (cpuNanos / 1e9),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), bytes / result.runs(), faults,
                result.faultsByKind().getOrDefault(FaultKind.WORKER_CRASH, 0), result.failedSeeds(),
                Runtime.getRuntime().availableProcessors());
    }
}
