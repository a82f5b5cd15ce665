package dev.swfrelay.emulator.http.transport;

import dev.swfrelay.emulator.http.protocol.WireResponses;
import dev.swfrelay.core.model.Faults;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.FullHttpMessage;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;

/**
 * Gathers a request's body up to a limit (SWF's 1 MB unless configured); a larger one is answered
 * {@code 413} with a JSON error, as every other client fault is.
 */
final class JsonBodyAggregator extends HttpObjectAggregator {

    static final int MAX_BODY_BYTES = ConnectionLimits.SWF_MAX_BODY_BYTES;

    private final WireResponses responses;
    private final int maxBodyBytes;

    JsonBodyAggregator(WireResponses responses) {
        this(responses, MAX_BODY_BYTES);
    }

    JsonBodyAggregator(WireResponses responses, int maxBodyBytes) {
        super(maxBodyBytes);
        this.responses = responses;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) {
        if (!(oversized instanceof HttpRequest)) {
            ctx.close();
            return;
        }
        FullHttpResponse tooLarge = responses.fault(HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE,
                Faults.bodyTooLarge(maxBodyBytes));
        boolean close = oversized instanceof FullHttpMessage
                || !HttpUtil.is100ContinueExpected(oversized) && !HttpUtil.isKeepAlive(oversized);
        if (close) {
            LingeringClose.answer(ctx, tooLarge);
        } else {
            ctx.writeAndFlush(tooLarge).addListener(ChannelFutureListener.CLOSE_ON_FAILURE);
        }
    }
}
