package dev.swfrelay.emulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.swfrelay.emulator.SwfEmulatorServer;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;

/**
 * A request refused before it arrived whole (431, 413) still gets its answer: the server closes only after
 * the client has read it, not while the client is still sending (closing then resets the connection and the
 * client sees no answer at all; this failed within the first few hundred requests before the server lingered).
 */
class OversizedRequestAnswersTest {

    @Test
    void everyOversizedRequestGetsItsAnswerBeforeTheConnectionCloses() {
        try (SwfEmulatorServer server = SwfEmulatorServer.builder().maxHeaderBytes(1024).maxBodyBytes(2048).build().start()) {
            for (int i = 0; i < 200; i++) {
                RawHttp.Answer answer = new RawHttp(server.uri()).send(HttpRequest.newBuilder(server.uri().resolve("/"))
                        .header("X-Amz-Target", RawHttp.BOTO3_TARGET + "ListDomains")
                        .header("X-Padding", "p".repeat(2000 + i * 50))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"registrationStatus\":\"REGISTERED\"}")));
                assertThat(answer.status()).as("attempt " + i).isEqualTo(431);
                RawHttp.Answer big = new RawHttp(server.uri()).send(HttpRequest.newBuilder(server.uri().resolve("/"))
                        .header("X-Amz-Target", RawHttp.BOTO3_TARGET + "ListDomains")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"registrationStatus\":\"" + "R".repeat(200_000) + "\"}")));
                assertThat(big.status()).as("attempt " + i).isEqualTo(413);
            }
        }
    }
}
