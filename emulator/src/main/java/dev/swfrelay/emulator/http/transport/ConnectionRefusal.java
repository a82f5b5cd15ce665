package dev.swfrelay.emulator.http.transport;

import dev.swfrelay.emulator.http.protocol.WireResponses;
import dev.swfrelay.core.model.Faults;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Serves a connection past the server's maximum: its request is answered {@code 503} with a
 * {@code ThrottlingException} (which every SDK retries, with backoff) and the connection closed.
 * One that sends nothing is closed after the request timeout.
 */
final class ConnectionRefusal extends SimpleChannelInboundHandler<FullHttpRequest> {

    private final WireResponses responses;
    private final int maxConnections;
    private final Duration requestTimeout;

    ConnectionRefusal(WireResponses responses, int maxConnections, Duration requestTimeout) {
        this.responses = responses;
        this.maxConnections = maxConnections;
        this.requestTimeout = requestTimeout;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        ctx.executor().schedule(() -> ctx.close(), requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
        super.channelActive(ctx);
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        FullHttpResponse refusal = responses.fault(HttpResponseStatus.SERVICE_UNAVAILABLE,
                Faults.tooManyConnections(maxConnections));
        refusal.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        ctx.writeAndFlush(refusal).addListener(ChannelFutureListener.CLOSE);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }
}
