package dev.swfrelay.it.bench.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;

/** Raw SWF calls on the JDK's HTTP client, for the probes that talk to a server process. */
final class WireCalls {

    private final HttpClient http = HttpClient.newBuilder().build();

    HttpResponse<String> call(URI endpoint, String operation, String body) throws IOException, InterruptedException {
        return http.send(request(endpoint, operation, body), HttpResponse.BodyHandlers.ofString());
    }

    CompletableFuture<HttpResponse<String>> callAsync(URI endpoint, String operation, String body) {
        return http.sendAsync(request(endpoint, operation, body), HttpResponse.BodyHandlers.ofString());
    }

    String health(URI endpoint) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(endpoint.resolve("/_relay/health")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static HttpRequest request(URI endpoint, String operation, String body) {
        return HttpRequest.newBuilder(endpoint)
                .header("X-Amz-Target", "SimpleWorkflowService." + operation)
                .header("Content-Type", "application/x-amz-json-1.0")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
