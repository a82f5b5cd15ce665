package dev.swfrelay.emulator.http;

import dev.swfrelay.emulator.engine.ConnectionLimits;
import dev.swfrelay.emulator.json.SwfJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.swfrelay.core.api.SwfService;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The web console over any {@link SwfService} (real SWF through the AWS adapter, or a remote
 * emulator): its pages, and SWF's JSON protocol dispatched onto that service, on loopback. The
 * emulator-only views (pollers, clock) answer that they are not available. It answers only
 * requests addressed to loopback by name ({@link LoopbackHostGuard}). Its connections are the
 * emulator server's: the same transport ({@link ServerTransport}) and the same guards with their
 * default limits ({@link GuardedPipeline}).
 *
 * <pre>{@code
 * try (SwfConsoleServer console = SwfConsoleServer.start(awsService, 0)) {
 *     System.out.println(console.uri() + "/_relay/console/");
 * }
 * }</pre>
 */
public final class SwfConsoleServer implements AutoCloseable {

    private final EventLoopGroup group;
    private final Channel listener;

    private SwfConsoleServer(EventLoopGroup group, Channel listener) {
        this.group = group;
        this.listener = listener;
    }

    /** Serves the console for {@code service} on 127.0.0.1:{@code port} (0 for any free port). */
    public static SwfConsoleServer start(SwfService service, int port) {
        Objects.requireNonNull(service, "service");
        ObjectMapper mapper = SwfJson.mapper();
        WireResponses responses = new WireResponses();
        SwfDispatcher dispatcher = new SwfDispatcher(mapper, tenant -> service);
        Authenticator open = new OpenAuthenticator("123456789012", "us-east-1");
        ConsoleRoutes console = new ConsoleRoutes(mapper, responses, Optional.empty());
        AtomicInteger noPolls = new AtomicInteger();
        GuardedPipeline guards = new GuardedPipeline(ConnectionLimits.defaults(), responses);
        ServerTransport transport = ServerTransport.best();
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(2, new DefaultThreadFactory("swf-relay-console", true),
                transport.ioHandlers());
        try {
            Channel listener = new ServerBootstrap().group(group).channel(transport.serverChannel())
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            guards.install(ch, () -> List.of(new LoopbackHostGuard(responses),
                                    new SwfHttpHandler(dispatcher, open, null, console, responses, noPolls)));
                        }
                    })
                    .bind(new InetSocketAddress("127.0.0.1", port)).sync().channel();
            return new SwfConsoleServer(group, listener);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            throw new IllegalStateException("interrupted while binding", e);
        } catch (RuntimeException e) {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            throw e;
        }
    }

    /** The server's root, e.g. {@code http://127.0.0.1:41234}; the console is under {@code /_relay/console/}. */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + ((InetSocketAddress) listener.localAddress()).getPort());
    }

    @Override
    public void close() {
        listener.close().syncUninterruptibly();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
