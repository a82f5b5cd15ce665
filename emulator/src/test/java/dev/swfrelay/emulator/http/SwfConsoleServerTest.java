package dev.swfrelay.emulator.http;

import dev.swfrelay.emulator.SwfConsoleServer;
import dev.swfrelay.emulator.http.routes.LoopbackHostGuard;
import static org.assertj.core.api.Assertions.assertThat;

import dev.swfrelay.emulator.SwfEmulator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The console in front of any SwfService: SWF's protocol passes through; the emulator-only views say they are absent. */
class SwfConsoleServerTest {

    private final SwfEmulator behind = SwfEmulator.builder().build();
    private final SwfConsoleServer console = SwfConsoleServer.start(behind.service(), 0);
    private final RawHttp http = new RawHttp(console.uri());

    @AfterEach
    void close() {
        console.close();
        behind.close();
    }

    @Test
    void swfOperationsReachTheServiceBehind() {
        assertThat(http.call("RegisterDomain", "{\"name\":\"d\",\"workflowExecutionRetentionPeriodInDays\":\"1\"}").status()).isEqualTo(200);
        RawHttp.Answer domains = http.call("ListDomains", "{\"registrationStatus\":\"REGISTERED\"}");
        assertThat(domains.json().get("domainInfos").get(0).get("name").asText()).isEqualTo("d");
        assertThat(http.send(HttpRequest.newBuilder(console.uri().resolve("/_relay/console/")).GET()).status()).isEqualTo(200);
    }

    @Test
    void thePollersViewAndTheClockSayTheyAreNotAvailable() {
        RawHttp.Answer lists = http.send(HttpRequest.newBuilder(console.uri().resolve("/_relay/tasklists?domain=d")).GET());
        assertThat(lists.json().get("available").asBoolean()).isFalse();
        RawHttp.Answer clock = http.send(HttpRequest.newBuilder(console.uri().resolve("/_relay/clock")).GET());
        assertThat(clock.status()).isEqualTo(400);
        assertThat(clock.message()).contains("not available");
    }

    @Test
    void aRequestForAnotherHostNameIsRefused() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", console.uri().getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /_relay/console/ HTTP/1.1\r\nHost: rebound.example:" + console.uri().getPort()
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 403").contains("OperationNotPermittedFault");
        }
    }

    @Test
    void loopbackNamesWithOrWithoutAPortAreLoopback() {
        assertThat(LoopbackHostGuard.loopback("127.0.0.1:8081")).isTrue();
        assertThat(LoopbackHostGuard.loopback("LOCALHOST")).isTrue();
        assertThat(LoopbackHostGuard.loopback("[::1]:8081")).isTrue();
        assertThat(LoopbackHostGuard.loopback("127.0.0.1.evil.example")).isFalse();
        assertThat(LoopbackHostGuard.loopback(null)).isFalse();
    }
}
