package dev.swfrelay.emulator.http;

import dev.swfrelay.emulator.SwfEmulatorServer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.RegistrationStatus;
import software.amazon.awssdk.services.swf.model.SwfException;

/** The server's connection limits over real sockets, with an SDK v2 client as the one that must still be served. */
class ConnectionLimitsOverHttpTest {

    private static final String POLL_A_TASKS = "{\"domain\":\"seed\",\"taskList\":{\"name\":\"a_tasks\"},\"identity\":\"p\"}";

    private final List<Socket> sockets = new ArrayList<>();
    private SwfEmulatorServer server;

    @AfterEach
    void closeEverything() throws IOException {
        for (Socket socket : sockets) {
            socket.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aConnectionWithNoRequestIsClosedAfterTheIdleTimeout() throws IOException {
        server = SwfEmulatorServer.builder().idleTimeout(Duration.ofMillis(500)).build().start();
        Socket silent = open();
        assertClosedByServer(silent);
    }

    @Test
    void aParkedLongPollOutlivesTheIdleTimeoutAndIsAnsweredNormally() throws IOException {
        server = SwfEmulatorServer.builder().idleTimeout(Duration.ofMillis(500))
                .pollHold(Duration.ofSeconds(2)).build().start();
        try (SwfClient swf = SdkClients.sdk(server.uri(), "us-east-1")) {
            SeedFlowOverHttpTest.register(swf);
        }
        Socket poller = open();
        send(poller, request("PollForActivityTask", POLL_A_TASKS));
        await().atMost(Duration.ofSeconds(10)).until(() -> server.parkedPolls() == 1);
        BufferedReader answer = reader(poller);
        assertThat(answer.readLine()).isEqualTo("HTTP/1.1 200 OK");
        assertThat(server.parkedPolls()).isZero();
        assertClosedByServer(poller);
    }

    @Test
    void aHeaderSentOneByteAtATimeIsCutOffWhileAnSdkClientIsServed() throws IOException {
        server = SwfEmulatorServer.builder().requestTimeout(Duration.ofSeconds(1)).build().start();
        Socket slow = open();
        byte[] header = request("ListDomains", "{\"registrationStatus\":\"REGISTERED\"}").getBytes(StandardCharsets.US_ASCII);
        AtomicInteger sent = new AtomicInteger();
        ScheduledExecutorService drip = Executors.newSingleThreadScheduledExecutor();
        try (SwfClient swf = SdkClients.sdk(server.uri(), "us-east-1")) {
            drip.scheduleAtFixedRate(() -> sendByte(slow, header[sent.getAndIncrement() % header.length]),
                    0, 100, TimeUnit.MILLISECONDS);
            SeedFlowOverHttpTest.register(swf);
            assertThat(swf.listDomains(r -> r.registrationStatus(RegistrationStatus.REGISTERED)).domainInfos())
                    .extracting(d -> d.name()).contains("seed");
            assertClosedByServer(slow);
            assertThat(sent.get()).isLessThan(header.length);
        } finally {
            drip.shutdownNow();
        }
    }

    @Test
    void manySilentConnectionsDoNotStopAnSdkClientBeingServed() throws IOException {
        server = SwfEmulatorServer.builder().build().start();
        for (int i = 0; i < 200; i++) {
            open();
        }
        try (SwfClient swf = SdkClients.sdk(server.uri(), "us-east-1")) {
            SeedFlowOverHttpTest.register(swf);
            assertThat(swf.describeDomain(r -> r.name("seed")).domainInfo().status()).isEqualTo(RegistrationStatus.REGISTERED);
        }
    }

    @Test
    void aConnectionPastTheMaximumIsAnsweredAThrottlingFaultUntilOneCloses() throws IOException {
        server = SwfEmulatorServer.builder().maxConnections(2).build().start();
        Socket first = open();
        Socket second = open();
        for (Socket held : List.of(first, second)) {
            send(held, request("ListDomains", "{\"registrationStatus\":\"REGISTERED\"}"));
            assertThat(reader(held).readLine()).isEqualTo("HTTP/1.1 200 OK");
        }
        try (SwfClient swf = SdkClients.sdk(server.uri(), "us-east-1")) {
            assertThatThrownBy(() -> swf.listDomains(r -> r.registrationStatus(RegistrationStatus.REGISTERED)))
                    .isInstanceOfSatisfying(SwfException.class, refused -> {
                        assertThat(refused.statusCode()).isEqualTo(503);
                        assertThat(refused.awsErrorDetails().errorCode()).isEqualTo("ThrottlingException");
                        assertThat(refused.awsErrorDetails().errorMessage())
                                .isEqualTo("Rate exceeded: the server already has 2 connections open");
                    });
            first.close();
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                    swf.listDomains(r -> r.registrationStatus(RegistrationStatus.REGISTERED)).domainInfos()).isEmpty());
        }
    }

    @Test
    void headersLargerThanTheLimitAreRefusedWithAJsonFault() {
        server = SwfEmulatorServer.builder().maxHeaderBytes(1024).build().start();
        RawHttp.Answer answer = new RawHttp(server.uri()).send(HttpRequest.newBuilder(server.uri().resolve("/"))
                .header("X-Amz-Target", RawHttp.BOTO3_TARGET + "ListDomains")
                .header("X-Padding", "p".repeat(2000))
                .POST(HttpRequest.BodyPublishers.ofString("{\"registrationStatus\":\"REGISTERED\"}")));
        assertThat(answer.status()).isEqualTo(431);
        assertThat(answer.type()).endsWith("ValidationException");
        assertThat(answer.message()).isEqualTo("Request headers too large");
    }

    private Socket open() throws IOException {
        URI uri = server.uri();
        Socket socket = new Socket(uri.getHost(), uri.getPort());
        socket.setSoTimeout(15_000);
        sockets.add(socket);
        return socket;
    }

    private static String request(String operation, String body) {
        return "POST / HTTP/1.1\r\nHost: localhost\r\nX-Amz-Target: " + RawHttp.BOTO3_TARGET + operation
                + "\r\nContent-Type: application/x-amz-json-1.0\r\nAuthorization: " + RawHttp.SIGV4_US_EAST_1
                + "\r\nContent-Length: " + body.length() + "\r\n\r\n" + body;
    }

    private static void send(Socket socket, String request) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(request.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private static void sendByte(Socket socket, byte b) {
        try {
            socket.getOutputStream().write(b);
        } catch (IOException closed) {
            throw new IllegalStateException(closed);
        }
    }

    private static BufferedReader reader(Socket socket) throws IOException {
        return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
    }

    /** Reads (past any answer) until the server closes: end of stream or a reset; a read timeout fails. */
    private static void assertClosedByServer(Socket socket) throws IOException {
        try {
            while (socket.getInputStream().read() != -1) {
                // an answer before the close
            }
        } catch (SocketTimeoutException stillOpen) {
            throw new AssertionError("the server did not close the connection", stillOpen);
        } catch (SocketException reset) {
            assertThat(reset.getMessage()).containsIgnoringCase("reset");
        }
    }
}
