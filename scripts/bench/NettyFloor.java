import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * The floor under the server-cpu bench's trivial call: the emulator's transport (Netty's native
 * epoll, one I/O thread per connection, TCP_NODELAY) answering every request with one fixed SWF
 * answer and doing nothing else. Mode {@code raw}: bytes only, a request is whole at its
 * Content-Length (the same reads, epoll waits and one write per answer as the emulator, no HTTP
 * objects); mode {@code http}: Netty's HttpServerCodec and HttpObjectAggregator as the emulator's
 * pipeline has them. Run as {@code java -cp swf-relay.jar NettyFloor.java MODE serve --port N}
 * (the arguments server_cpu.py and cli_wall.py give a server; port 0, any free port, when
 * {@code --port} is absent); prints the URL as {@code serve} does. cli_wall.py also times it from
 * launch to its first answer: the floor under {@code serve}'s start.
 */
public final class NettyFloor {

    private static final byte[] BODY = "{\"count\":0,\"truncated\":false}".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] RAW = ("HTTP/1.1 200 OK\r\ncontent-type: application/x-amz-json-1.0\r\n"
            + "content-length: " + BODY.length + "\r\nx-amzn-RequestId: floor-1\r\nconnection: keep-alive\r\n\r\n"
            + new String(BODY, StandardCharsets.US_ASCII)).getBytes(StandardCharsets.US_ASCII);

    public static void main(String[] args) throws Exception {
        boolean raw = args[0].equals("raw");
        var boss = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("swf-relay-accept", true), EpollIoHandler.newFactory());
        var io = new MultiThreadIoEventLoopGroup(2, new DefaultThreadFactory("swf-relay-io", true), EpollIoHandler.newFactory());
        var channel = new ServerBootstrap().group(boss, io).channel(EpollServerSocketChannel.class)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        if (raw) {
                            ch.pipeline().addLast(new RawAnswers());
                        } else {
                            ch.pipeline().addLast(new HttpServerCodec(), new HttpObjectAggregator(1 << 20), new HttpAnswers());
                        }
                    }
                }).bind(new InetSocketAddress("127.0.0.1", port(args))).sync().channel();
        System.out.println("netty floor (" + args[0] + ") listening on http://127.0.0.1:"
                + ((InetSocketAddress) channel.localAddress()).getPort());
        channel.closeFuture().sync();
    }

    /** The N of {@code --port N} among the arguments after the mode, else 0. */
    private static int port(String[] args) {
        for (int i = 1; i + 1 < args.length; i++) {
            if (args[i].equals("--port")) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return 0;
    }

    /** Gathers a request's bytes to the end of its body (its Content-Length); answers each whole request once. */
    private static final class RawAnswers extends ChannelInboundHandlerAdapter {
        /** Lower case: a header name's letters | 0x20 compare to it; '-' and ':' are unchanged by | 0x20. */
        private static final byte[] CONTENT_LENGTH = "content-length:".getBytes(StandardCharsets.US_ASCII);
        private ByteBuf pending;

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ByteBuf in = (ByteBuf) msg;
            if (pending == null) {
                pending = ctx.alloc().buffer();
            }
            pending.writeBytes(in);
            in.release();
            while (pending.isReadable()) {
                byte[] bytes = ByteBufUtil.getBytes(pending);
                long whole = wholeRequest(bytes);
                if (whole < 0 || bytes.length < whole) {
                    return;
                }
                pending.skipBytes((int) whole);
                pending.discardReadBytes();
                ctx.writeAndFlush(Unpooled.wrappedBuffer(RAW), ctx.voidPromise());
            }
        }

        /** The length of the first request in {@code bytes} (head and body), or -1 while its head is not whole. */
        private static long wholeRequest(byte[] bytes) {
            long contentLength = 0;
            for (int i = 0; i + 2 < bytes.length; i++) {
                if (bytes[i] != '\n' || i == 0) {
                    continue;
                }
                if (bytes[i - 1] == '\r' && bytes[i + 1] == '\r' && bytes[i + 2] == '\n') {
                    return i + 3 + contentLength;
                }
                if (startsWithIgnoringCase(bytes, i + 1, CONTENT_LENGTH)) {
                    contentLength = 0;
                    for (int d = i + 1 + CONTENT_LENGTH.length; d < bytes.length && bytes[d] != '\r'; d++) {
                        if (bytes[d] >= '0' && bytes[d] <= '9') {
                            contentLength = contentLength * 10 + (bytes[d] - '0');
                        }
                    }
                }
            }
            return -1;
        }

        private static boolean startsWithIgnoringCase(byte[] bytes, int from, byte[] prefix) {
            if (from + prefix.length > bytes.length) {
                return false;
            }
            for (int k = 0; k < prefix.length; k++) {
                if ((bytes[from + k] | 0x20) != prefix[k]) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            if (pending != null) {
                pending.release();
            }
        }

    }

    private static final class HttpAnswers extends SimpleChannelInboundHandler<FullHttpRequest> {
        @Override
        protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
            var response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK, Unpooled.wrappedBuffer(BODY));
            response.headers().set("content-type", "application/x-amz-json-1.0").setInt("content-length", BODY.length)
                    .set("x-amzn-RequestId", "floor-1").set("connection", "keep-alive");
            ctx.writeAndFlush(response, ctx.voidPromise());
        }
    }
}
