package dev.swfrelay.it.bench.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;

/**
 * A-then-B throughput against a server already running elsewhere (the plain jar in another
 * process, or the Docker image): {@code EndpointBench URL [WORKFLOWS [POLLERS]]}. Registers
 * its domain after {@code POST /_relay/reset}; prints one JSON line. scripts/bench/container.sh runs it.
 */
public final class EndpointBench {

    private EndpointBench() {
    }

    public static void main(String[] args) throws Exception {
        URI endpoint = URI.create(args[0]);
        int workflows = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        int pollers = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        HttpThroughput.workflowsPerSecond(endpoint, Math.min(500, workflows), pollers);
        reset(endpoint);
        double perSecond = HttpThroughput.workflowsPerSecond(endpoint, workflows, pollers);
        System.out.printf(Locale.ROOT, "{\"endpoint\": \"%s\", \"workflows_per_s\": %.0f, \"workflows\": %d, \"pollers_per_task_list\": %d}%n",
                endpoint, perSecond, workflows, pollers);
    }

    private static void reset(URI endpoint) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(endpoint.resolve("/_relay/reset"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("POST /_relay/reset answered " + answer.statusCode() + ": " + answer.body());
        }
    }
}
