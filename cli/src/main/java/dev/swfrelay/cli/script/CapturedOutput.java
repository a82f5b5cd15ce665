package dev.swfrelay.cli.script;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A script's output stream read to its end on its own thread, keeping the head (up to
 * {@code headLimit} characters) and the tail (the last {@code tailLimit} characters) and
 * counting every character, so a chatty script never blocks on a full pipe.
 */
final class CapturedOutput {

    private final int headLimit;
    private final int tailLimit;
    private final StringBuilder head = new StringBuilder();
    private final StringBuilder tail = new StringBuilder();
    private final CompletableFuture<Void> done = new CompletableFuture<>();
    private long length;

    private CapturedOutput(int headLimit, int tailLimit) {
        this.headLimit = headLimit;
        this.tailLimit = tailLimit;
    }

    static CapturedOutput drain(InputStream stream, int headLimit, int tailLimit, String threadName) {
        CapturedOutput output = new CapturedOutput(headLimit, tailLimit);
        Thread reader = new Thread(() -> output.readAll(stream), threadName);
        reader.setDaemon(true);
        reader.start();
        return output;
    }

    private void readAll(InputStream stream) {
        char[] buffer = new char[8192];
        try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            int n;
            while ((n = reader.read(buffer)) >= 0) {
                append(buffer, n);
            }
        } catch (IOException e) {
            // the process is gone and its pipe closed: keep what was read
        } finally {
            done.complete(null);
        }
    }

    private synchronized void append(char[] buffer, int n) {
        length += n;
        int room = headLimit - head.length();
        if (room > 0) {
            head.append(buffer, 0, Math.min(room, n));
        }
        if (tailLimit == 0) {
            return;
        }
        tail.append(buffer, 0, n);
        if (tail.length() > tailLimit) {
            tail.delete(0, tail.length() - tailLimit);
        }
    }

    /** Waits until the stream has ended (the process and its children closed it). */
    void awaitEnd(long millis) {
        try {
            done.get(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // a grandchild still holds the pipe: report what was read so far
        }
    }

    synchronized long length() {
        return length;
    }

    synchronized String head() {
        return head.toString();
    }

    synchronized String tail() {
        return tail.toString();
    }
}
