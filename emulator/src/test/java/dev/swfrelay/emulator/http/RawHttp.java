package dev.swfrelay.emulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Hand-made HTTP requests to a test's server, for what no SDK would send. */
final class RawHttp {

    static final String BOTO3_TARGET = "SimpleWorkflowService.";
    static final String SIGV4_US_EAST_1 =
            "AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/swf/aws4_request, SignedHeaders=host, Signature=00";

    private final HttpClient client;
    private final URI endpoint;
    private final ObjectMapper json = new ObjectMapper();

    RawHttp(URI endpoint) {
        this(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(), endpoint);
    }

    RawHttp(HttpClient client, URI endpoint) {
        this.client = client;
        this.endpoint = endpoint;
    }

    /** A response's status and its body, read as JSON when it is JSON. */
    record Answer(int status, String body, JsonNode json, HttpResponse<String> raw) {
        String type() {
            return json == null || json.get("__type") == null ? null : json.get("__type").asText();
        }

        String message() {
            return json == null || json.get("message") == null ? null : json.get("message").asText();
        }
    }

    Answer call(String operation, String body) {
        return send(HttpRequest.newBuilder(endpoint.resolve("/"))
                .header("X-Amz-Target", BOTO3_TARGET + operation)
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("Authorization", SIGV4_US_EAST_1)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode parsed = null;
            try {
                parsed = response.body().isEmpty() ? null : json.readTree(response.body());
            } catch (IOException notJson) {
                parsed = null;
            }
            return new Answer(response.statusCode(), response.body(), parsed, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
