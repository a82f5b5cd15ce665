package dev.swfrelay.it.bench.load;

import dev.swfrelay.emulator.SwfEmulatorServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The load benchmark (run by {@code scripts/bench.sh load}, not a test): the activity flood of
 * {@code ActivityFloodOverHttpIT} against an emulator server in this JVM, over real HTTP.
 * Prints one JSON line: tasks/s, p50/p99 of the polls that brought a task, errors answered.
 *
 * <p>Arguments (all optional): executions (100), activities per execution (100), pollers (64),
 * deciders (4).
 */
public final class LoadBench {

    private LoadBench() {
    }

    public static void main(String[] args) throws InterruptedException {
        FloodPlan plan = new FloodPlan(arg(args, 0, 100), arg(args, 1, 100), arg(args, 2, 64), arg(args, 3, 4),
                Duration.ofMinutes(5));
        run(new FloodPlan(plan.executions(), Math.min(10, plan.activitiesPerExecution()), plan.pollers(),
                plan.deciders(), plan.within()));
        FloodResult result = run(plan);
        System.out.println(result.json(loadAverage()));
    }

    private static FloodResult run(FloodPlan plan) throws InterruptedException {
        try (SwfEmulatorServer server = SwfEmulatorServer.builder().pollHold(Duration.ofSeconds(1)).build().start()) {
            return ActivityFlood.run(server.uri(), plan);
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException | RuntimeException unknown) {
            return "unknown";
        }
    }

    private static int arg(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index]) : fallback;
    }
}
