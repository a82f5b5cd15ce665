package dev.swfrelay.emulator.http.transport;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.socket.DuplexChannel;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import java.util.concurrent.TimeUnit;

/**
 * Answers a request refused before it arrived whole (headers or body past their limit) and closes its
 * connection without losing the answer. Closing at once while the client still sends makes the kernel reset
 * the connection, and a client whose unread answer is reset sees no answer at all; so the answer is sent, the
 * server's side shut (the client reads the answer to its end), what the client still sends is read and dropped
 * by the failed decoder, and the connection closes when the client closes it or after {@link #LINGER_MILLIS}.
 */
final class LingeringClose {

    static final long LINGER_MILLIS = 2_000;

    private LingeringClose() {
    }

    static void answer(ChannelHandlerContext ctx, FullHttpResponse response) {
        response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        ctx.writeAndFlush(response).addListener(written -> {
            if (!written.isSuccess() || !(ctx.channel() instanceof DuplexChannel duplex)) {
                ctx.close();
                return;
            }
            duplex.shutdownOutput().addListener(shut -> ctx.executor().schedule(() -> {
                ctx.close();
            }, LINGER_MILLIS, TimeUnit.MILLISECONDS));
        });
    }
}
