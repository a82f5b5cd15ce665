package dev.swfrelay.it.bench.durable;

import dev.swfrelay.core.api.CountClosedWorkflowExecutionsRequest;
import dev.swfrelay.core.api.CountOpenWorkflowExecutionsRequest;
import dev.swfrelay.core.model.ExecutionTimeFilter;
import dev.swfrelay.emulator.SwfEmulatorServer;
import dev.swfrelay.emulator.journal.FileRecordStore;
import dev.swfrelay.emulator.journal.Journal;
import dev.swfrelay.emulator.journal.RecordStore;
import dev.swfrelay.emulator.journal.SyncPolicy;
import dev.swfrelay.it.bench.BenchFlow;
import dev.swfrelay.it.bench.http.HttpThroughput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The durable server's benchmark (run by {@code scripts/bench.sh durable}, not a test): A-then-B
 * workflows per second over HTTP in memory, then journaled with group commit and with one sync
 * per unit, in the journal file and in a SQLite table (after a warm-up run, each configuration
 * twice in turn, the better run counting); then the time a server takes to start on
 * a store holding {@code closed} finished and {@code open} running executions, and the store's
 * size (the best of three starts, the first one warming the JIT). Prints its figures as the last line, one JSON object.
 *
 * <p>Arguments (all optional): workflows (group, memory), workflows (one sync each), pollers,
 * closed executions, open executions.
 */
public final class DurableBench {

    /** Each configuration runs this many times, in turn, and its best run counts: the machine is shared. */
    private static final int ROUNDS = 2;

    private DurableBench() {
    }

    public static void main(String[] args) throws Exception {
        int workflows = arg(args, 0, 2_000);
        int perCommitWorkflows = arg(args, 1, 300);
        int pollers = arg(args, 2, 8);
        int closed = arg(args, 3, 10_000);
        int open = arg(args, 4, 1_000);
        Path work = Files.createTempDirectory("swf-relay-durable-bench");
        Map<String, Object> figures = new LinkedHashMap<>();
        try {
            throughput(null, null, workflows, pollers);
            String[] configurations = {"memory", "journal_group", "journal_per_commit", "sqlite_group", "sqlite_per_commit"};
            for (int round = 0; round < ROUNDS; round++) {
                for (String configuration : configurations) {
                    Path folder = work.resolve(configuration + "-" + round);
                    double perSecond = throughput(configuration, folder, workflows, perCommitWorkflows, pollers);
                    figures.merge(configuration + "_workflows_per_s", perSecond, (a, b) -> Math.max((double) a, (double) b));
                }
            }
            for (String store : new String[] {"journal", "sqlite"}) {
                Path folder = work.resolve(store + "-restart");
                RecordedWorkload.record(store(store, folder), closed, open);
                long best = Long.MAX_VALUE;
                for (int i = 0; i < 3; i++) {
                    best = Math.min(best, restartMillis(store(store, folder), closed, open));
                }
                figures.put(store + "_restart_ms", best);
                figures.put(store + "_bytes", size(folder));
            }
        } finally {
            delete(work);
        }
        figures.put("workflows", workflows);
        figures.put("per_commit_workflows", perCommitWorkflows);
        figures.put("pollers_per_task_list", pollers);
        figures.put("restart_closed_executions", closed);
        figures.put("restart_open_executions", open);
        figures.put("loadavg", Files.readString(Path.of("/proc/loadavg")).trim());
        figures.put("cpus", Runtime.getRuntime().availableProcessors());
        System.out.println(figures.entrySet().stream().map(e -> "\"" + e.getKey() + "\": " + json(e.getValue()))
                .collect(Collectors.joining(", ", "{", "}")));
    }

    private static RecordStore store(String kind, Path folder) throws IOException {
        return kind.equals("sqlite") ? SqliteRecordStore.open(folder.resolve("journal.db"))
                : FileRecordStore.open(folder.resolve(Journal.FILE));
    }

    /** One configuration's run, {@code "memory"} or {@code "<store>_<policy>"}, on a fresh server. */
    private static double throughput(String configuration, Path folder, int workflows, int perCommitWorkflows,
                                     int pollers) throws IOException {
        if (configuration.equals("memory")) {
            return throughput(null, null, workflows, pollers);
        }
        boolean perCommit = configuration.endsWith("_per_commit");
        return throughput(store(configuration.substring(0, configuration.indexOf('_')), folder),
                perCommit ? SyncPolicy.ALWAYS : SyncPolicy.GROUP, perCommit ? perCommitWorkflows : workflows, pollers);
    }

    private static double throughput(RecordStore store, SyncPolicy sync, int workflows, int pollers) {
        SwfEmulatorServer.Builder builder = SwfEmulatorServer.builder().pollHold(Duration.ofSeconds(5));
        if (store != null) {
            builder.dataStore(store).sync(sync);
        }
        try (SwfEmulatorServer server = builder.build().start()) {
            double perSecond = HttpThroughput.workflowsPerSecond(server.uri(), workflows, pollers);
            System.out.printf(Locale.ROOT, "throughput %s %s: %.0f A-then-B workflows/s over HTTP (%d workflows)%n",
                    store == null ? "memory" : store.name(), sync == null ? "" : sync, perSecond, workflows);
            return Math.round(perSecond * 10) / 10.0;
        }
    }

    /** Milliseconds from building a server on {@code store} to its answering, checked to hold what was recorded. */
    private static long restartMillis(RecordStore store, int closed, int open) {
        long began = System.nanoTime();
        try (SwfEmulatorServer server = SwfEmulatorServer.builder().pollHold(Duration.ofSeconds(5)).dataStore(store)
                .build().start()) {
            long ms = (System.nanoTime() - began) / 1_000_000;
            ExecutionTimeFilter all = new ExecutionTimeFilter(null, Instant.EPOCH);
            long closedNow = server.service("us-east-1").countClosedWorkflowExecutions(CountClosedWorkflowExecutionsRequest
                    .builder().domain(BenchFlow.DOMAIN).startTimeFilter(all).build()).count();
            long openNow = server.service("us-east-1").countOpenWorkflowExecutions(CountOpenWorkflowExecutionsRequest
                    .builder().domain(BenchFlow.DOMAIN).startTimeFilter(all).build()).count();
            if (closedNow != closed || openNow != open) {
                throw new IllegalStateException("restored " + closedNow + " closed and " + openNow + " open executions, "
                        + "expected " + closed + " and " + open);
            }
            System.out.printf(Locale.ROOT, "restart %s: %d ms for %d closed + %d open executions%n", store.name(), ms,
                    closed, open);
            return ms;
        }
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    private static String json(Object value) {
        return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
    }

    private static int arg(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index]) : fallback;
    }
}
