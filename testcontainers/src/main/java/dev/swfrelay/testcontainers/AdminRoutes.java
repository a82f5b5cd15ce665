package dev.swfrelay.testcontainers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The emulator's own routes under {@code /_relay/} (reset, clock), over the JDK's HTTP client;
 * signed with SigV4 by the SDK's signer when the container was given credentials (a guarded
 * server wants a signature on every admin route but the health check).
 */
final class AdminRoutes {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern TIME = Pattern.compile("\"time\"\\s*:\\s*\"([^\"]+)\"");

    private final URI endpoint;
    private final Optional<RequestSigning> signing;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    /** {@code signing} signs each request; empty for an open server. */
    AdminRoutes(URI endpoint, Optional<RequestSigning> signing) {
        this.endpoint = endpoint;
        this.signing = signing;
    }

    String post(String route, String json) {
        HttpRequest.Builder request = request(route).POST(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json");
        signing.ifPresent(s -> s.sign(request, "POST", uri(route), json, "application/json"));
        return send(request.build());
    }

    Instant clockTime() {
        HttpRequest.Builder request = request("clock").GET();
        signing.ifPresent(s -> s.sign(request, "GET", uri("clock"), "", null));
        String body = send(request.build());
        Matcher m = TIME.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("GET /_relay/clock answered without a time: " + body);
        }
        return Instant.parse(m.group(1));
    }

    private HttpRequest.Builder request(String route) {
        return HttpRequest.newBuilder(uri(route)).timeout(TIMEOUT);
    }

    private URI uri(String route) {
        return endpoint.resolve("/_relay/" + route);
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
