package dev.swfrelay.it.bench.http;

import java.util.Locale;

/**
 * The HTTP benchmark (run by {@code scripts/bench.sh http}, not a test): A-then-B workflows per
 * second over HTTP with the real runtimes on the AWS adapter, hand-off latency from a task
 * scheduled to the parked HTTP poll answered, threads and RSS of a server process holding
 * parked polls, and cold start to the first served request. Prints its figures as the last
 * line, one JSON object.
 *
 * <p>Arguments (all optional): workflows, pollers per task list, hand-off samples, parked polls.
 */
public final class HttpBench {

    private HttpBench() {
    }

    public static void main(String[] args) throws Exception {
        int workflows = arg(args, 0, 5_000);
        int pollers = arg(args, 1, 8);
        int samples = arg(args, 2, 2_000);
        int polls = arg(args, 3, 1_000);

        double coldStart = ProcessProbes.coldStartMillis(5);
        System.out.printf(Locale.ROOT, "cold start: %.0f ms from process spawn to the first answered request (median of 5)%n",
                coldStart);

        ProcessProbes.Parked parked = ProcessProbes.parkedPolls(polls);
        System.out.printf(Locale.ROOT, "parked polls: %d threads / %.1f MB RSS idle, %d threads / %.1f MB RSS with %d parked;"
                        + " %d answered empty on shutdown%n", parked.idleThreads(), parked.idleRssBytes() / 1e6,
                parked.parkedThreads(), parked.parkedRssBytes() / 1e6, polls, parked.answeredOnShutdown());

        HttpThroughput.workflowsPerSecond(Math.min(1_000, workflows), pollers);
        double perSecond = HttpThroughput.workflowsPerSecond(workflows, pollers);
        System.out.printf(Locale.ROOT, "throughput: %.0f A-then-B workflows/s over HTTP (%d workflows, %d pollers per list)%n",
                perSecond, workflows, pollers);

        HttpHandoff.samples(Math.min(500, samples));
        long[] handoff = HttpHandoff.samples(samples);
        double p50 = handoff[handoff.length / 2] / 1e3;
        double p99 = handoff[(int) Math.min(handoff.length - 1, Math.ceil(handoff.length * 0.99) - 1)] / 1e3;
        System.out.printf(Locale.ROOT, "hand-off over HTTP: p50 %.1f us, p99 %.1f us (%d samples)%n", p50, p99, samples);

        System.out.printf(Locale.ROOT, "{\"workflows_per_s\": %.0f, \"handoff_p50_us\": %.1f, \"handoff_p99_us\": %.1f, "
                        + "\"parked_polls\": %d, \"server_threads_idle\": %d, \"server_threads_parked\": %d, "
                        + "\"server_rss_idle_bytes\": %d, \"server_rss_parked_bytes\": %d, \"parked_answered_on_shutdown\": %d, "
                        + "\"cold_start_ms\": %.0f, \"workflows\": %d, \"pollers_per_task_list\": %d, \"handoff_samples\": %d, "
                        + "\"client\": \"aws-adapter on SDK v2 SwfClient + apache-client\", \"loadavg_1m\": \"%s\", \"java\": \"%s\", \"cpus\": %d}%n",
                perSecond, p50, p99, polls, parked.idleThreads(), parked.parkedThreads(), parked.idleRssBytes(),
                parked.parkedRssBytes(), parked.answeredOnShutdown(), coldStart, workflows, pollers, samples, loadAverage(),
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
    }

    /** The machine's 1-minute load average when the run ends: the figures mean little on a busy machine. */
    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException | RuntimeException unknown) {
            return "unknown";
        }
    }

    private static int arg(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index]) : fallback;
    }
}
