package dev.swfrelay.it.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.swfrelay.aws.AwsSwf;
import dev.swfrelay.aws.AwsSwfService;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.RegistrationStatus;

/**
 * Slow clients against a real {@code swf-relay serve} process: 50 connections that send
 * nothing, and one that sends a request header one byte a second, do not stop an SDK v2
 * client from being served; the server drops the dripping one at its request timeout and
 * closes the silent ones at its idle timeout. (The same limits in-process, each on its own:
 * the emulator's {@code ConnectionLimitsOverHttpTest}.)
 */
class SlowClientsAgainstServeIT {

    private static final int SILENT = 50;

    private final List<Socket> sockets = new ArrayList<>();
    private final ScheduledExecutorService drip = Executors.newSingleThreadScheduledExecutor();

    @TempDir
    Path dir;

    @AfterEach
    void closeSockets() throws IOException {
        drip.shutdownNow();
        for (Socket socket : sockets) {
            socket.close();
        }
    }

    @Test
    void silentAndDrippingConnectionsDoNotStopAnSdkClientBeingServed() throws Exception {
        try (Emulator serve = Emulator.start(dir, "--request-timeout", "3s", "--idle-timeout", "4s");
             AwsSwfService service = AwsSwf.forEndpoint(URI.create(serve.url()), "us-east-1")) {
            URI uri = URI.create(serve.url());
            for (int i = 0; i < SILENT; i++) {
                open(uri);
            }
            Socket dripping = open(uri);
            byte[] header = ("POST / HTTP/1.1\r\nHost: localhost\r\nX-Amz-Target: SimpleWorkflowService.ListDomains\r\n"
                    + "Content-Type: application/x-amz-json-1.0\r\nContent-Length: 2\r\n\r\n{}").getBytes(StandardCharsets.US_ASCII);
            AtomicInteger sent = new AtomicInteger();
            CompletableFuture<Void> dropped = CompletableFuture.runAsync(() -> readUntilClosed(dripping));
            drip.scheduleAtFixedRate(() -> sendByte(dripping, header[sent.getAndIncrement()]), 0, 1, TimeUnit.SECONDS);

            SwfClient swf = service.client();
            swf.registerDomain(r -> r.name("slow").workflowExecutionRetentionPeriodInDays("1"));
            AtomicInteger servedWhileDripping = new AtomicInteger();
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
                assertThat(swf.describeDomain(r -> r.name("slow")).domainInfo().status())
                        .isEqualTo(RegistrationStatus.REGISTERED);
                if (!dropped.isDone()) {
                    servedWhileDripping.incrementAndGet();
                }
                return dropped.isDone();
            });

            assertThat(sent.get()).as("header bytes sent before the server dropped it").isLessThan(header.length);
            assertThat(servedWhileDripping.get()).as("SDK calls answered while the header dripped").isGreaterThan(5);
            for (Socket silent : sockets.subList(0, SILENT)) {
                readUntilClosed(silent);
            }
            assertThat(swf.listDomains(r -> r.registrationStatus(RegistrationStatus.REGISTERED)).domainInfos())
                    .extracting(d -> d.name()).containsExactly("slow");
        }
    }

    private Socket open(URI uri) throws IOException {
        Socket socket = new Socket(uri.getHost(), uri.getPort());
        socket.setSoTimeout(30_000);
        sockets.add(socket);
        return socket;
    }

    private static void sendByte(Socket socket, byte b) {
        try {
            socket.getOutputStream().write(b);
            socket.getOutputStream().flush();
        } catch (IOException closed) {
            throw new IllegalStateException("the server closed the connection", closed);
        }
    }

    /** Reads (past any answer) until the server closes the connection; a read timeout fails. */
    private static void readUntilClosed(Socket socket) {
        try {
            InputStream in = socket.getInputStream();
            while (in.read() != -1) {
                // an answer before the close, if any
            }
        } catch (SocketException reset) {
            assertThat(reset.getMessage()).containsIgnoringCase("reset");
        } catch (IOException stillOpen) {
            throw new AssertionError("the server did not close the connection", stillOpen);
        }
    }
}
