package dev.swfrelay.it.bench.durable;

import dev.swfrelay.aws.AwsSwf;
import dev.swfrelay.aws.AwsSwfService;
import dev.swfrelay.cli.Main;
import dev.swfrelay.core.api.CountOpenWorkflowExecutionsRequest;
import dev.swfrelay.core.api.PollForDecisionTaskRequest;
import dev.swfrelay.core.api.RespondDecisionTaskCompletedRequest;
import dev.swfrelay.core.model.DecisionTask;
import dev.swfrelay.core.model.ExecutionTimeFilter;
import dev.swfrelay.core.model.decision.CompleteWorkflowExecution;
import dev.swfrelay.core.service.ServicePorts;
import dev.swfrelay.it.bench.BenchFlow;
import dev.swfrelay.it.bench.http.CompletedWorkflows;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The durable server's soak (run by {@code scripts/bench.sh soak}, not a test): one {@code serve --data} process, the
 * bench domain with 1-day retention, A-then-B workflows over HTTP (core's runtimes on SDK v2) in blocks; after each
 * block the virtual clock moves 2 days through {@code /_relay/clock}, so the block's runs pass retention, and the
 * background snapshot that follows is waited for. One JSON line per block: bytes of journal and snapshots on disk,
 * the server's RSS and heap after a full GC ({@code jcmd GC.run}, {@code GC.heap_info}), workflows/s. At the end, with
 * open runs and a decision task held, the server is killed -9 and started again on the folder: the time to its
 * "listening" line, the journal's read-back and restore times as the server logs them, and whether the open runs and the held token survived, as a last JSON line.
 *
 * <p>Arguments (all optional): blocks (10), workflows per block (20,000), pollers per task list (8).
 */
public final class SoakBench {

    private static final Pattern URL = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+)");
    private static final Pattern READ_BACK = Pattern.compile("read back in (\\d+) ms");
    private static final Pattern RESTORED = Pattern.compile("restored in (\\d+) ms");
    private static final Pattern USED = Pattern.compile("used (\\d+)K");
    private static final List<String> SERVER_JVM = List.of("-Xmx2g");
    private static final int HELD_OPEN = 10;

    private SoakBench() {
    }

    public static void main(String[] args) throws Exception {
        int blocks = arg(args, 0, 10);
        int perBlock = arg(args, 1, 20_000);
        int pollers = arg(args, 2, 8);
        Path data = Files.createTempDirectory("swf-relay-soak");
        HttpClient http = HttpClient.newHttpClient();
        Server server = Server.start(data);
        try {
            URI endpoint = server.endpoint;
            post(http, endpoint, "clock", "{\"freeze\": true}");
            try (AwsSwfService swf = AwsSwf.forEndpoint(endpoint, "us-east-1")) {
                BenchFlow.register(swf);
                CompletedWorkflows completed = new CompletedWorkflows(swf);
                ServicePorts ports = ServicePorts.of(completed.service(), BenchFlow.DOMAIN, "soak");
                try (BenchFlow.Runtimes runtimes = BenchFlow.runtimes(ports, pollers)) {
                    for (int block = 1; block <= blocks; block++) {
                        long began = System.nanoTime();
                        for (int i = 0; i < perBlock; i++) {
                            swf.startWorkflowExecution(BenchFlow.start("wf-" + block + "-" + i));
                        }
                        while (completed.count() < block * perBlock) {
                            LockSupport.parkNanos(1_000_000);
                        }
                        double perSecond = perBlock / ((System.nanoTime() - began) / 1e9);
                        long segment = newestSegment(data);
                        post(http, endpoint, "clock", "{\"advance\": \"P2D\"}");
                        awaitSnapshotAfter(data, segment);
                        Map<String, Object> line = new LinkedHashMap<>();
                        line.put("block", block);
                        line.put("workflows", (long) block * perBlock);
                        line.put("workflows_per_s", Math.round(perSecond * 10) / 10.0);
                        line.put("disk_bytes", folderBytes(data));
                        line.put("rss_bytes", server.rssBytes());
                        line.put("heap_after_gc_bytes", server.heapAfterGc());
                        line.put("loadavg", Files.readString(Path.of("/proc/loadavg")).trim());
                        System.out.println(json(line));
                    }
                }
                for (int i = 0; i < HELD_OPEN; i++) {
                    swf.startWorkflowExecution(BenchFlow.start("open-" + i));
                }
                DecisionTask held = swf.pollForDecisionTask(PollForDecisionTaskRequest.builder().domain(BenchFlow.DOMAIN)
                        .taskList(BenchFlow.DECISIONS).identity("held").build()).get(30, TimeUnit.SECONDS);
                server.kill();
                long launched = System.nanoTime();
                server = Server.start(data);
                long listeningMs = (System.nanoTime() - launched) / 1_000_000;
                try (AwsSwfService again = AwsSwf.forEndpoint(server.endpoint, "us-east-1")) {
                    long openAfter = open(again);
                    again.respondDecisionTaskCompleted(RespondDecisionTaskCompletedRequest.builder()
                            .taskToken(held.taskToken()).decisions(List.of(new CompleteWorkflowExecution("held"))).build());
                    Map<String, Object> end = new LinkedHashMap<>();
                    end.put("restart_to_listening_ms", listeningMs);
                    end.put("read_back_ms", server.millis(READ_BACK));
                    end.put("restore_ms", server.millis(RESTORED));
                    end.put("open_runs_after_restart", openAfter);
                    end.put("open_runs_expected", HELD_OPEN);
                    end.put("held_token_completed", open(again) == HELD_OPEN - 1);
                    end.put("disk_bytes", folderBytes(data));
                    end.put("blocks", blocks);
                    end.put("workflows_per_block", perBlock);
                    end.put("pollers_per_task_list", pollers);
                    end.put("server_jvm", String.join(" ", SERVER_JVM));
                    end.put("cpus", Runtime.getRuntime().availableProcessors());
                    System.out.println(json(end));
                }
            }
        } finally {
            server.kill();
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private static long open(AwsSwfService swf) {
        return swf.countOpenWorkflowExecutions(CountOpenWorkflowExecutionsRequest.builder().domain(BenchFlow.DOMAIN)
                .startTimeFilter(new ExecutionTimeFilter(null, Instant.EPOCH)).build()).count();
    }

    private static void post(HttpClient http, URI endpoint, String route, String body) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(endpoint.resolve("/_relay/" + route))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("POST /_relay/" + route + " answered " + answer.statusCode() + ": " + answer.body());
        }
    }

    /**
     * Waits (at most 5 minutes) for the snapshot the clock move started: one that rotated past {@code segment}, the
     * newest segment when the clock moved (a snapshot already running then rotated before), complete, with the files
     * it covers gone.
     */
    private static void awaitSnapshotAfter(Path data, long segment) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            if (newest(data, "snapshot-\\d+\\.snap") > segment && files(data).stream().noneMatch(f -> f.endsWith(".tmp"))
                    && files(data).stream().filter(f -> f.startsWith("snapshot-")).count() == 1) {
                return;
            }
            LockSupport.parkNanos(50_000_000);
        }
        throw new IllegalStateException("no snapshot past segment " + segment + " within 5 minutes: " + files(data));
    }

    private static long newestSegment(Path data) throws IOException {
        return newest(data, "journal-\\d+\\.log");
    }

    /** The highest number among the files named {@code pattern} (prefix-number.suffix), 0 if none. */
    private static long newest(Path data, String pattern) throws IOException {
        return files(data).stream().filter(f -> f.matches(pattern))
                .mapToLong(f -> Long.parseLong(f.substring(f.indexOf('-') + 1, f.indexOf('.')))).max().orElse(0);
    }

    private static List<String> files(Path data) throws IOException {
        try (Stream<Path> files = Files.list(data)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }

    private static long folderBytes(Path data) throws IOException {
        try (Stream<Path> files = Files.list(data)) {
            return files.mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static String json(Map<String, Object> figures) {
        return figures.entrySet().stream().map(e -> "\"" + e.getKey() + "\": "
                        + (e.getValue() instanceof String s ? "\"" + s + "\"" : String.valueOf(e.getValue())))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private static int arg(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index]) : fallback;
    }

    /** A {@code serve --data} child process on this class path: its endpoint, output lines, RSS and heap. */
    private static final class Server {
        final Process process;
        final URI endpoint;
        final List<String> lines;

        private Server(Process process, URI endpoint, List<String> lines) {
            this.process = process;
            this.endpoint = endpoint;
            this.lines = lines;
        }

        static Server start(Path data) throws IOException {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
            command.addAll(SERVER_JVM);
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve",
                    "--port", "0", "--data", data.toString(), "--poll-hold", "5s", "--verbose"));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            List<String> lines = new CopyOnWriteArrayList<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = out.readLine()) != null) {
                        lines.add(line);
                    }
                } catch (IOException ignored) {
                    // the process is gone
                }
            }, "soak-server-output");
            reader.setDaemon(true);
            reader.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline && process.isAlive()) {
                for (String line : lines) {
                    Matcher url = URL.matcher(line);
                    if (url.find()) {
                        return new Server(process, URI.create(url.group(1)), lines);
                    }
                }
                LockSupport.parkNanos(1_000_000);
            }
            process.destroyForcibly();
            throw new IOException("serve did not announce its URL: " + lines);
        }

        /** The milliseconds a log line of the server's start gave, -1 when none did. */
        long millis(Pattern logged) {
            for (String line : lines) {
                Matcher m = logged.matcher(line);
                if (m.find()) {
                    return Long.parseLong(m.group(1));
                }
            }
            return -1;
        }

        long rssBytes() throws IOException {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.substring("VmRSS:".length()).trim().split("\\s+")[0]) * 1024;
                }
            }
            throw new IOException("no VmRSS in /proc/" + process.pid() + "/status");
        }

        long heapAfterGc() throws IOException, InterruptedException {
            jcmd("GC.run");
            Matcher used = USED.matcher(jcmd("GC.heap_info"));
            if (!used.find()) {
                throw new IOException("jcmd GC.heap_info printed no heap use");
            }
            return Long.parseLong(used.group(1)) * 1024;
        }

        private String jcmd(String command) throws IOException, InterruptedException {
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    Long.toString(process.pid()), command).redirectErrorStream(true).start();
            String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            jcmd.waitFor();
            return out;
        }

        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor();
        }
    }
}
