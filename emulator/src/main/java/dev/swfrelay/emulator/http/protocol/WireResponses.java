package dev.swfrelay.emulator.http.protocol;

import dev.swfrelay.core.model.SwfFault;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpHeadersFactory;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeadersFactory;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.AsciiString;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds the server's HTTP responses: SWF's JSON answers and its JSON error bodies. Their
 * headers are the server's own names and values, so they are not re-validated per response
 * (a request's headers still are, by the decoder).
 */
public final class WireResponses {

    static final String SWF_JSON = "application/x-amz-json-1.0";
    private static final AsciiString SWF_JSON_VALUE = AsciiString.cached(SWF_JSON);
    private static final AsciiString JSON = AsciiString.cached("application/json");
    private static final AsciiString REQUEST_ID = AsciiString.cached("x-amzn-RequestId");
    private static final AsciiString ERROR_TYPE = AsciiString.cached("x-amzn-ErrorType");
    private static final HttpHeadersFactory OWN_HEADERS = DefaultHttpHeadersFactory.headersFactory().withValidation(false);
    private static final HttpHeadersFactory NO_TRAILERS = DefaultHttpHeadersFactory.trailersFactory().withValidation(false);

    private final String requestIdPrefix = Long.toHexString(System.nanoTime());
    private final AtomicLong requests = new AtomicLong();

    /** An answer whose JSON {@code body} the response takes over (and releases once written). */
    public FullHttpResponse ok(ByteBuf body) {
        return response(HttpResponseStatus.OK, body, SWF_JSON_VALUE);
    }

    public FullHttpResponse json(HttpResponseStatus status, byte[] body) {
        return response(status, Unpooled.wrappedBuffer(body), JSON);
    }

    /** A text answer, e.g. the metrics in Prometheus' text format. */
    public FullHttpResponse text(HttpResponseStatus status, String contentType, byte[] body) {
        return response(status, Unpooled.wrappedBuffer(body), AsciiString.of(contentType));
    }

    /** SWF's error shape: {@code {"__type": "<namespace>#<Fault>", "message": "…"}} and {@code x-amzn-ErrorType}. */
    public FullHttpResponse fault(HttpResponseStatus status, SwfFault fault) {
        String body = "{\"__type\":\"" + fault.type().wireType() + "\",\"message\":" + quote(fault.getMessage()) + "}";
        FullHttpResponse response = response(status, Unpooled.copiedBuffer(body, StandardCharsets.UTF_8), JSON);
        response.headers().set(ERROR_TYPE, fault.type().name());
        return response;
    }

    private FullHttpResponse response(HttpResponseStatus status, ByteBuf content, AsciiString contentType) {
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, content,
                OWN_HEADERS, NO_TRAILERS);
        response.headers()
                .set(HttpHeaderNames.CONTENT_TYPE, contentType)
                .setInt(HttpHeaderNames.CONTENT_LENGTH, content.readableBytes())
                .set(REQUEST_ID, requestIdPrefix + "-" + Long.toHexString(requests.incrementAndGet()));
        return response;
    }

    static String quote(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
