package dev.swfrelay.it.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The clock of a {@code serve} process, through its {@code /_relay/clock} route. */
final class ServerClock {

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI route;

    ServerClock(String url) {
        this.route = URI.create(url + "/_relay/clock");
    }

    /** Stops workflow time: from now on it moves only by {@link #advance}. */
    void freeze() throws IOException, InterruptedException {
        post("{\"freeze\": true}");
    }

    /** Moves workflow time forward by an ISO-8601 duration, firing every timeout it passes. */
    void advance(String isoDuration) throws IOException, InterruptedException {
        post("{\"advance\": \"" + isoDuration + "\"}");
    }

    private void post(String body) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(route)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as("POST /_relay/clock %s: %s", body, answer.body()).isEqualTo(200);
    }
}
