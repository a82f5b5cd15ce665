package dev.swfrelay.emulator.http.transport;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * One bound port with its threads, as the emulator's server and the CLI's console server both
 * listen: the best transport ({@link ServerTransport}), one accepting thread, {@code ioThreads}
 * I/O threads, and every connection behind the {@link GuardedPipeline}'s timeouts and limits.
 */
public final class HttpListener {

    private final EventLoopGroup boss;
    private final EventLoopGroup workers;
    private final Channel channel;

    private HttpListener(EventLoopGroup boss, EventLoopGroup workers, Channel channel) {
        this.boss = boss;
        this.workers = workers;
        this.channel = channel;
    }

    /**
     * Loads, on the calling thread, what every listener of this machine uses whatever its address:
     * the transport (Netty's native epoll library where it loads) and Netty's buffer allocator.
     */
    public static void prepare() {
        ServerTransport.best();
        ByteBufAllocator.DEFAULT.isDirectBufferPooled();
    }

    /**
     * Binds {@code address} and serves each connection with the handlers {@code application}
     * makes for it, behind {@code guards}; a refused bind is an {@link UncheckedIOException}
     * over a {@link BindException} on either transport.
     */
    public static HttpListener bind(String threadPrefix, int ioThreads, InetSocketAddress address, GuardedPipeline guards,
                             Supplier<List<ChannelHandler>> application) {
        ServerTransport transport = ServerTransport.best();
        EventLoopGroup boss = new MultiThreadIoEventLoopGroup(1,
                new DefaultThreadFactory(threadPrefix + "-accept", true), transport.ioHandlers());
        EventLoopGroup workers = new MultiThreadIoEventLoopGroup(ioThreads,
                new DefaultThreadFactory(threadPrefix + "-io", true), transport.ioHandlers());
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(boss, workers)
                .channel(transport.serverChannel())
                .option(ChannelOption.SO_BACKLOG, 1024)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        guards.install(ch, application);
                    }
                });
        try {
            return new HttpListener(boss, workers, bootstrap.bind(address).sync().channel());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop(boss, workers);
            throw new IllegalStateException("interrupted while binding", e);
        } catch (RuntimeException e) {
            stop(boss, workers);
            throw e;
        } catch (Exception e) {
            // a refused bind: java.net.BindException on NIO, Netty's NativeIoException on epoll
            stop(boss, workers);
            BindException refused = new BindException(address.getHostString() + ":" + address.getPort() + ": "
                    + e.getMessage());
            refused.initCause(e);
            throw new UncheckedIOException(refused);
        }
    }

    /** The bound address (its ephemeral port when bound to port 0). */
    public InetSocketAddress address() {
        return (InetSocketAddress) channel.localAddress();
    }

    /** Stops accepting connections; those open are served on. */
    public void stopAccepting() {
        channel.close().syncUninterruptibly();
    }

    /** Lets each I/O thread write what is queued (parked polls' empty answers), then closes connections and threads. */
    public void shutdown() {
        stopAccepting();
        workers.forEach(loop -> loop.submit(() -> { }).syncUninterruptibly());
        stop(boss, workers);
    }

    /**
     * No quiet period: what was queued before is written first (shutdown's drain, and Netty runs
     * every task already submitted before a loop ends), and any quiet period costs Netty's 100 ms
     * check per loop, paid by every server a test suite closes.
     */
    private static void stop(EventLoopGroup boss, EventLoopGroup workers) {
        workers.shutdownGracefully(0, 2_000, TimeUnit.MILLISECONDS).syncUninterruptibly();
        boss.shutdownGracefully(0, 1_000, TimeUnit.MILLISECONDS).syncUninterruptibly();
    }
}
