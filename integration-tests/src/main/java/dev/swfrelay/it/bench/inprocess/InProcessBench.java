package dev.swfrelay.it.bench.inprocess;

import java.util.Locale;

/**
 * The in-process benchmark (run by {@code scripts/bench.sh in-process}, not a test): A-then-B
 * workflows per second with the real runtimes, task hand-off latency, and heap per idle open
 * execution. Prints its figures as the last line, one JSON object.
 *
 * <p>Arguments (all optional): workflows, pollers per task list, hand-off samples, open executions.
 */
public final class InProcessBench {

    private InProcessBench() {
    }

    public static void main(String[] args) throws Exception {
        int workflows = arg(args, 0, 20_000);
        int pollers = arg(args, 1, 4);
        int samples = arg(args, 2, 10_000);
        int open = arg(args, 3, 100_000);

        ThroughputRun.workflowsPerSecond(Math.min(2_000, workflows), pollers);
        double perSecond = ThroughputRun.workflowsPerSecond(workflows, pollers);
        System.out.printf(Locale.ROOT, "throughput: %.0f A-then-B workflows/s (%d workflows, %d pollers per list)%n",
                perSecond, workflows, pollers);

        HandoffProbe.samples(Math.min(1_000, samples));
        long[] handoff = HandoffProbe.samples(samples);
        double p50 = handoff[handoff.length / 2] / 1e3;
        double p99 = handoff[(int) Math.min(handoff.length - 1, Math.ceil(handoff.length * 0.99) - 1)] / 1e3;
        System.out.printf(Locale.ROOT, "hand-off: p50 %.1f us, p99 %.1f us (%d samples)%n", p50, p99, samples);

        long heap = HeapProbe.bytesPerOpenExecution(open);
        System.out.printf(Locale.ROOT, "heap: %d bytes per idle open execution (%d open)%n", heap, open);

        System.out.printf(Locale.ROOT, "{\"workflows_per_s\": %.0f, \"handoff_p50_us\": %.1f, \"handoff_p99_us\": %.1f, "
                        + "\"heap_bytes_per_open_execution\": %d, \"workflows\": %d, \"pollers_per_task_list\": %d, "
                        + "\"handoff_samples\": %d, \"open_executions\": %d, \"java\": \"%s\", \"cpus\": %d}%n",
                perSecond, p50, p99, heap, workflows, pollers, samples, open, System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
    }

    private static int arg(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index]) : fallback;
    }
}
