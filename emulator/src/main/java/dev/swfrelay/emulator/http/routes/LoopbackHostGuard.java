package dev.swfrelay.emulator.http.routes;

import dev.swfrelay.emulator.http.protocol.WireResponses;
import dev.swfrelay.core.model.Faults;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.util.ReferenceCountUtil;
import java.util.Set;

/**
 * Answers only requests addressed to loopback by name ({@code Host: 127.0.0.1:PORT},
 * {@code localhost:PORT}, {@code [::1]:PORT}). The CLI's console acts on real SWF with the
 * user's credentials: a page on a DNS name rebound to 127.0.0.1 would be same-origin to the
 * browser, but it cannot send a loopback {@code Host}.
 */
public final class LoopbackHostGuard extends ChannelInboundHandlerAdapter {

    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]");

    private final WireResponses responses;

    public LoopbackHostGuard(WireResponses responses) {
        this.responses = responses;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object message) {
        if (message instanceof FullHttpRequest request && !loopback(request.headers().get(HttpHeaderNames.HOST))) {
            ReferenceCountUtil.release(request);
            ctx.writeAndFlush(responses.fault(HttpResponseStatus.FORBIDDEN, Faults.loopbackOnly())).addListener(ChannelFutureListener.CLOSE);
            return;
        }
        ctx.fireChannelRead(message);
    }

    public static boolean loopback(String host) {
        if (host == null) {
            return false;
        }
        int colon = host.lastIndexOf(':');
        String name = colon > host.lastIndexOf(']') ? host.substring(0, colon) : host;
        return LOOPBACK.contains(name.toLowerCase(java.util.Locale.ROOT));
    }
}
