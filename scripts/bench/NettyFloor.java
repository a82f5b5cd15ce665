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
 * pipeline has them. Run as {@code java -cp swf-relay.jar NettyFloor.java MODE serve --port 0}
 * (the arguments server_cpu.py gives a server); prints the URL as {@code serve} does.
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
                }).bind(new InetSocketAddress("127.0.0.1", 0)).sync().channel();
        System.out.println("netty floor (" + args[0] + ") listening on http://127.0.0.1:"
                + ((InetSocketAddress) channel.localAddress()).getPort());
        channel.closeFuture().sync();
    }

    /** Gathers a request's bytes to the end of its body (its Content-Length); answers each whole request once. */
    private static final class RawAnswers extends ChannelInboundHandlerAdapter {
        private static final ByteBuf HEAD_END = Unpooled.copiedBuffer("\r\n\r\n", StandardCharsets.US_ASCII);
        private ByteBuf pending;

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ByteBuf in = (ByteBuf) msg;
            if (pending == null) {
                pending = ctx.alloc().buffer();
            }
            pending.writeBytes(in);
            in.release();
            while (true) {
                int headEnd = ByteBufUtil.indexOf(HEAD_END, pending);
                if (headEnd < 0) {
                    return;
                }
                int bodyStart = headEnd + 4;
                long whole = bodyStart - pending.readerIndex()
                        + contentLength(pending.toString(pending.readerIndex(), headEnd - pending.readerIndex(), StandardCharsets.US_ASCII));
                if (pending.readableBytes() < whole) {
                    return;
                }
                pending.skipBytes((int) whole);
                pending.discardReadBytes();
                ctx.writeAndFlush(Unpooled.wrappedBuffer(RAW), ctx.voidPromise());
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            if (pending != null) {
                pending.release();
            }
        }

        private static long contentLength(String head) {
            String text = head.toLowerCase();
            int at = text.indexOf("content-length:");
            if (at < 0) {
                return 0;
            }
            int end = text.indexOf("\r\n", at);
            return Long.parseLong(text.substring(at + 15, end < 0 ? text.length() : end).trim());
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
