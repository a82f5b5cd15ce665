package dev.swfrelay.aws;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;

/**
 * An HTTP client that remembers which thread runs which request, so that a withdrawn long
 * poll can have its connection closed: a thread blocked reading a socket does not notice
 * an interrupt, but it does notice its connection being aborted. A withdrawal interrupts
 * the thread before looking for its request, and a request checks for the interrupt after
 * registering, so a request is either found and aborted or never sent.
 */
final class AbortableHttpClient implements SdkHttpClient {

    private final SdkHttpClient delegate;
    private final Map<Thread, ExecutableHttpRequest> inFlight = new ConcurrentHashMap<>();

    AbortableHttpClient(SdkHttpClient delegate) {
        this.delegate = delegate;
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        ExecutableHttpRequest prepared = delegate.prepareRequest(request);
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() throws IOException {
                Thread caller = Thread.currentThread();
                inFlight.put(caller, prepared);
                try {
                    if (caller.isInterrupted()) {
                        throw new InterruptedIOException("call withdrawn before it was sent");
                    }
                    return prepared.call();
                } finally {
                    inFlight.remove(caller, prepared);
                }
            }

            @Override
            public void abort() {
                prepared.abort();
            }
        };
    }

    /** Aborts the request {@code thread} is running, if any. */
    void abortRequestsOf(Thread thread) {
        ExecutableHttpRequest request = inFlight.get(thread);
        if (request != null) {
            request.abort();
        }
    }

    @Override
    public String clientName() {
        return delegate.clientName();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
