package dev.swfrelay.emulator.http.transport;

import dev.swfrelay.emulator.http.protocol.WireResponses;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.timeout.IdleStateHandler;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A connection's pipeline with the server's {@link ConnectionLimits}: an idle timer (the
 * application handler decides whether the connection is idle, i.e. has no request in progress),
 * the request-arrival timer, the header and body size limits, and the connection count: past
 * the maximum, the application's handlers are replaced by a {@link ConnectionRefusal}. The
 * emulator's server and the CLI's console both build their connections here.
 */
public final class GuardedPipeline {

    private final ConnectionLimits limits;
    private final WireResponses responses;
    private final AtomicInteger open = new AtomicInteger();

    public GuardedPipeline(ConnectionLimits limits, WireResponses responses) {
        this.limits = limits;
        this.responses = responses;
    }

    /** {@code application} gives the connection's own handlers, in pipeline order, after the guards. */
    void install(Channel channel, Supplier<List<ChannelHandler>> application) {
        RequestArrivalTimer arrival = new RequestArrivalTimer(limits.requestTimeout());
        channel.pipeline().addLast(
                new IdleStateHandler(0, 0, limits.idleTimeout().toMillis(), TimeUnit.MILLISECONDS),
                arrival.firstBytes(),
                new HttpServerCodec(new HttpDecoderConfig()
                        .setMaxInitialLineLength(limits.maxHeaderBytes())
                        .setMaxHeaderSize(limits.maxHeaderBytes())),
                new JsonBodyAggregator(responses, limits.maxBodyBytes()),
                arrival.wholeRequest());
        boolean overLimit = open.incrementAndGet() > limits.maxConnections();
        channel.closeFuture().addListener(closed -> open.decrementAndGet());
        if (overLimit) {
            channel.pipeline().addLast(new ConnectionRefusal(responses, limits.maxConnections(), limits.requestTimeout()));
        } else {
            application.get().forEach(channel.pipeline()::addLast);
        }
    }

    /** Connections open now, refused ones included until they close. */
    int openConnections() {
        return open.get();
    }
}
