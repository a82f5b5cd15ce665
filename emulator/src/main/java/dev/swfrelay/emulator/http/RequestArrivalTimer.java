package dev.swfrelay.emulator.http;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.util.concurrent.ScheduledFuture;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes a connection whose request has not arrived whole within a timeout of its first byte
 * (a slowloris client sending its header a byte at a time). One timer per connection, with two
 * handlers: {@link #firstBytes} before the HTTP codec starts it, {@link #wholeRequest} after the
 * body aggregator stops it. Both run on the connection's event loop.
 */
final class RequestArrivalTimer {

    private static final Logger LOG = LoggerFactory.getLogger(RequestArrivalTimer.class);

    private final long timeoutMillis;
    private ScheduledFuture<?> running;

    RequestArrivalTimer(Duration timeout) {
        this.timeoutMillis = timeout.toMillis();
    }

    /** Starts the timer on the first bytes of a request; goes before the HTTP codec. */
    ChannelHandler firstBytes() {
        return new ChannelInboundHandlerAdapter() {
            @Override
            public void channelRead(ChannelHandlerContext ctx, Object bytes) {
                if (running == null) {
                    running = ctx.executor().schedule(() -> drop(ctx), timeoutMillis, TimeUnit.MILLISECONDS);
                }
                ctx.fireChannelRead(bytes);
            }

            @Override
            public void channelInactive(ChannelHandlerContext ctx) {
                stop();
                ctx.fireChannelInactive();
            }
        };
    }

    /** Stops the timer when the request is whole; goes after the body aggregator. */
    ChannelHandler wholeRequest() {
        return new ChannelInboundHandlerAdapter() {
            @Override
            public void channelRead(ChannelHandlerContext ctx, Object message) {
                if (message instanceof FullHttpRequest) {
                    stop();
                }
                ctx.fireChannelRead(message);
            }
        };
    }

    private void stop() {
        if (running != null) {
            running.cancel(false);
            running = null;
        }
    }

    private void drop(ChannelHandlerContext ctx) {
        running = null;
        LOG.info("connection {}: request not whole within {} ms; closing it", ctx.channel().remoteAddress(), timeoutMillis);
        ctx.close();
    }
}
