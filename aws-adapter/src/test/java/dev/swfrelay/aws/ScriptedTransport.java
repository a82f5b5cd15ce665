package dev.swfrelay.aws;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;

/** An HTTP transport that answers from a script instead of a network, and records the operations called. */
final class ScriptedTransport implements SdkHttpClient {

    /** What the transport answers: a status and a JSON body, or {@link #HOLD} to block until aborted. */
    record Reply(int status, String body) {
        static final Reply HOLD = new Reply(-1, null);
        static final Reply BROKEN = new Reply(-2, null);
    }

    private final Function<String, Reply> script;
    final List<String> operations = new CopyOnWriteArrayList<>();
    final CountDownLatch holding = new CountDownLatch(1);
    final CountDownLatch aborted = new CountDownLatch(1);

    ScriptedTransport(Function<String, Reply> script) {
        this.script = script;
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        String target = request.httpRequest().firstMatchingHeader("X-Amz-Target").orElse("");
        String operation = target.substring(target.lastIndexOf('.') + 1);
        CountDownLatch abort = new CountDownLatch(1);
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() throws IOException {
                operations.add(operation);
                Reply reply = script.apply(operation);
                if (reply == Reply.HOLD) {
                    holding.countDown();
                    awaitQuietly(abort);
                    throw new IOException("connection aborted");
                }
                if (reply == Reply.BROKEN) {
                    throw new IOException("Connection refused");
                }
                byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
                return HttpExecuteResponse.builder()
                        .response(SdkHttpResponse.builder().statusCode(reply.status())
                                .putHeader("Content-Type", "application/x-amz-json-1.0")
                                .putHeader("Content-Length", Integer.toString(body.length)).build())
                        .responseBody(AbortableInputStream.create(new ByteArrayInputStream(body)))
                        .build();
            }

            @Override
            public void abort() {
                abort.countDown();
                aborted.countDown();
            }
        };
    }

    private static void awaitQuietly(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String clientName() {
        return "scripted";
    }

    @Override
    public void close() {
    }
}
