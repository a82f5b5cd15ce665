package dev.swfrelay.testcontainers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The emulator's own routes under {@code /_relay/} (reset, clock), over the JDK's HTTP client. */
final class AdminRoutes {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern TIME = Pattern.compile("\"time\"\\s*:\\s*\"([^\"]+)\"");

    private final URI endpoint;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    AdminRoutes(URI endpoint) {
        this.endpoint = endpoint;
    }

    String post(String route, String json) {
        return send(request(route).POST(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json").build());
    }

    Instant clockTime() {
        String body = send(request("clock").GET().build());
        Matcher m = TIME.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("GET /_relay/clock answered without a time: " + body);
        }
        return Instant.parse(m.group(1));
    }

    private HttpRequest.Builder request(String route) {
        return HttpRequest.newBuilder(endpoint.resolve("/_relay/" + route)).timeout(TIMEOUT);
    }

    private String send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(request.method() + " " + request.uri().getPath() + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during " + request.method() + " " + request.uri(), e);
        }
    }
}
