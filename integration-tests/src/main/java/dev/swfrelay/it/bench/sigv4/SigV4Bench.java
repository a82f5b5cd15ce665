package dev.swfrelay.it.bench.sigv4;

import dev.swfrelay.emulator.http.auth.AccountKey;
import dev.swfrelay.emulator.http.auth.AccountKeys;
import dev.swfrelay.emulator.SwfEmulatorServer;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryPolicy;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.swf.SwfClient;

/**
 * What checking SigV4 costs a request (run by {@code scripts/bench.sh sigv4}, not a test): one SDK
 * v2 client calls {@code CountPendingActivityTasks} back to back on an open server and on a guarded
 * one in the same JVM, in alternating rounds; the difference of the medians per call is the
 * server's verification (the client signs in both). Prints its figures as the last line, one JSON object.
 *
 * <p>Arguments (optional): calls per round (default 3,000), rounds (default 7).
 */
public final class SigV4Bench {

    private static final String KEY = "AKIDBENCH";
    private static final String SECRET = "bench-secret";

    private SigV4Bench() {
    }

    public static void main(String[] args) {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 3_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        try (SwfEmulatorServer open = SwfEmulatorServer.builder().pollHold(Duration.ofSeconds(1)).build().start();
             SwfEmulatorServer guarded = SwfEmulatorServer.builder().pollHold(Duration.ofSeconds(1))
                     .credentials(AccountKeys.of(new AccountKey(KEY, SECRET, "111111111111"))).build().start();
             SwfClient toOpen = client(open);
             SwfClient toGuarded = client(guarded)) {
            toOpen.registerDomain(r -> r.name("bench").workflowExecutionRetentionPeriodInDays("1"));
            toGuarded.registerDomain(r -> r.name("bench").workflowExecutionRetentionPeriodInDays("1"));
            perCall(toOpen, calls);
            perCall(toGuarded, calls);
            double[] openUs = new double[rounds];
            double[] guardedUs = new double[rounds];
            for (int i = 0; i < rounds; i++) {
                openUs[i] = perCall(toOpen, calls);
                guardedUs[i] = perCall(toGuarded, calls);
            }
            double o = median(openUs);
            double g = median(guardedUs);
            System.out.printf(Locale.ROOT, "per call: open %.1f us, guarded %.1f us (median of %d rounds of %d calls)%n",
                    o, g, rounds, calls);
            System.out.printf(Locale.ROOT, "{\"open_us_per_call\": %.1f, \"guarded_us_per_call\": %.1f, "
                            + "\"sigv4_check_us\": %.1f, \"calls_per_round\": %d, \"rounds\": %d, "
                            + "\"operation\": \"CountPendingActivityTasks\", \"client\": \"SDK v2 SwfClient + apache-client\", "
                            + "\"loadavg_1m\": \"%s\", \"java\": \"%s\", \"cpus\": %d}%n",
                    o, g, g - o, calls, rounds, loadAverage(), System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors());
        }
    }

    private static double perCall(SwfClient client, int calls) {
        long start = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            client.countPendingActivityTasks(r -> r.domain("bench").taskList(t -> t.name("nothing")));
        }
        return (System.nanoTime() - start) / 1e3 / calls;
    }

    private static SwfClient client(SwfEmulatorServer server) {
        return SwfClient.builder().endpointOverride(server.uri()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(KEY, SECRET)))
                .httpClientBuilder(ApacheHttpClient.builder())
                .overrideConfiguration(c -> c.retryPolicy(RetryPolicy.none()))
                .build();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException | RuntimeException unknown) {
            return "unknown";
        }
    }
}
