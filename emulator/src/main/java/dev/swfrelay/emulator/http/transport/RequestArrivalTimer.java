package dev.swfrelay.emulator.http.transport;

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
 * handlers: {@link #firstBytes} before the HTTP codec marks a request's start, {@link #wholeRequest}
 * after the body aggregator marks its end. Both run on the connection's event loop.
 *
 * <p>A request's start and end only set a time: the timer is not scheduled and cancelled for every
 * request (a profile showed the scheduler's queue work on each call). When it fires it closes the
 * connection if the request in progress began a timeout ago, or waits out the rest of that
 * request's time; with no request in progress it stops, and the next request's first bytes start it.
 */
final class RequestArrivalTimer {

    private static final Logger LOG = LoggerFactory.getLogger(RequestArrivalTimer.class);
    private static final long NONE = -1;

    private final long timeoutNanos;
    private long startedAt = NONE;
    private ScheduledFuture<?> running;

    RequestArrivalTimer(Duration timeout) {
        this.timeoutNanos = timeout.toNanos();
    }

    /** Marks the first bytes of a request and starts the timer if it is not running; goes before the HTTP codec. */
    ChannelHandler firstBytes() {
        return new ChannelInboundHandlerAdapter() {
            @Override
            public void channelRead(ChannelHandlerContext ctx, Object bytes) {
                if (startedAt == NONE) {
                    startedAt = System.nanoTime();
                    if (running == null) {
                        schedule(ctx, timeoutNanos);
                    }
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

    /** Marks a request whole; goes after the body aggregator. */
    ChannelHandler wholeRequest() {
        return new ChannelInboundHandlerAdapter() {
            @Override
            public void channelRead(ChannelHandlerContext ctx, Object message) {
                if (message instanceof FullHttpRequest) {
                    startedAt = NONE;
                }
                ctx.fireChannelRead(message);
            }
        };
    }

    private void schedule(ChannelHandlerContext ctx, long delayNanos) {
        running = ctx.executor().schedule(() -> fire(ctx), delayNanos, TimeUnit.NANOSECONDS);
    }

    private void fire(ChannelHandlerContext ctx) {
        running = null;
        if (startedAt == NONE) {
            return;
        }
        long left = startedAt + timeoutNanos - System.nanoTime();
        if (left > 0) {
            schedule(ctx, left);
            return;
        }
        LOG.info("connection {}: request not whole within {} ms; closing it", ctx.channel().remoteAddress(),
                TimeUnit.NANOSECONDS.toMillis(timeoutNanos));
        ctx.close();
    }

    private void stop() {
        startedAt = NONE;
        if (running != null) {
            running.cancel(false);
            running = null;
        }
    }
}
