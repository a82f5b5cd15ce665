package dev.swfrelay.it.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A listener on a loopback port that counts the connections made to it and closes each at
 * once: where a test points a service a process must not call (an instance-metadata or
 * container-credentials endpoint), the count says whether it was called.
 */
final class ConnectionCounter implements AutoCloseable {

    private final ServerSocket socket;
    private final AtomicInteger accepted = new AtomicInteger();

    private ConnectionCounter(ServerSocket socket) {
        this.socket = socket;
        Thread acceptor = new Thread(this::acceptUntilClosed, "connection-counter");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    static ConnectionCounter open() throws IOException {
        return new ConnectionCounter(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
    }

    /** {@code http://127.0.0.1:PORT} */
    String url() {
        return "http://" + socket.getInetAddress().getHostAddress() + ":" + socket.getLocalPort();
    }

    int accepted() {
        return accepted.get();
    }

    private void acceptUntilClosed() {
        while (!socket.isClosed()) {
            try (Socket connection = socket.accept()) {
                accepted.incrementAndGet();
            } catch (IOException e) {
                // closed
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
