package dev.swfrelay.emulator.http.transport;

import dev.swfrelay.emulator.http.auth.Authenticator;
import dev.swfrelay.emulator.http.protocol.RequestPaths;
import dev.swfrelay.emulator.http.protocol.SwfDispatcher;
import dev.swfrelay.emulator.http.protocol.WireResponses;
import dev.swfrelay.emulator.http.routes.AdminRoutes;
import dev.swfrelay.emulator.metrics.SwfMetrics;
import dev.swfrelay.emulator.http.routes.ConsoleRoutes;
import dev.swfrelay.emulator.engine.Tenant;
import dev.swfrelay.core.model.FaultType;
import dev.swfrelay.core.model.Faults;
import dev.swfrelay.core.model.SwfFault;
import dev.swfrelay.emulator.journal.JournalUnavailableException;
import dev.swfrelay.emulator.fault.DelayedAnswer;
import dev.swfrelay.emulator.fault.InjectedServerError;
import dev.swfrelay.emulator.fault.UnansweredCall;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.util.AsciiString;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection's requests: {@code /_relay/} routes to {@link AdminRoutes}, every other
 * {@code POST} to {@link SwfDispatcher}, each let in by the {@link Authenticator} first (SWF's
 * requests, and every admin or console route that reads or changes state: all but the health
 * check and the console's static files), so a refused request never reaches an engine; each is
 * answered on the thread that read it. A long poll that finds a task is answered at once; one
 * that finds none stays parked as the engine's future, with no thread held; if the connection
 * closes first, the future is cancelled so that the engine
 * withdraws the poll and hands its task to another poller. A fault rule's lost answer or dropped request closes the
 * connection with no reply; its latency sends the answer from a timer.
 */
public final class SwfHttpHandler extends SimpleChannelInboundHandler<FullHttpRequest> {

    private static final Logger LOG = LoggerFactory.getLogger(SwfHttpHandler.class);
    private static final Set<FaultType> REFUSED_CREDENTIALS = EnumSet.of(FaultType.MissingAuthenticationTokenException,
            FaultType.IncompleteSignatureException, FaultType.InvalidSignatureException,
            FaultType.UnrecognizedClientException);
    /** Hashed once, not per request as a {@code String} name is. */
    private static final AsciiString AMZ_TARGET = AsciiString.cached("X-Amz-Target");

    private final SwfDispatcher dispatcher;
    private final Authenticator authenticator;
    private final AdminRoutes admin;
    private final ConsoleRoutes console;
    private final WireResponses responses;
    private final AtomicInteger parkedPolls;
    private final ChangeGate gate;
    private CompletableFuture<?> parked;

    /** {@code admin} is null where no emulator stands behind the server (the console on real SWF). */
    public SwfHttpHandler(SwfDispatcher dispatcher, Authenticator authenticator, AdminRoutes admin, ConsoleRoutes console,
                   WireResponses responses, AtomicInteger parkedPolls) {
        this(dispatcher, authenticator, admin, console, responses, parkedPolls, ChangeGate.IN_MEMORY);
    }

    /**
     * As above, every answer held back until {@code gate}'s future completes: the changes it
     * carries are then on disk (the server's journal); an answer whose changes cannot be written now
     * becomes a 503 ServiceUnavailable, one whose changes could not be kept an InternalFailure. While the
     * gate refuses changes, requests that would make one are answered 503 before they reach an engine.
     */
    public SwfHttpHandler(SwfDispatcher dispatcher, Authenticator authenticator, AdminRoutes admin, ConsoleRoutes console,
                          WireResponses responses, AtomicInteger parkedPolls, ChangeGate gate) {
        this.gate = gate;
        this.dispatcher = dispatcher;
        this.authenticator = authenticator;
        this.admin = admin;
        this.console = console;
        this.responses = responses;
        this.parkedPolls = parkedPolls;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        boolean keepAlive = HttpUtil.isKeepAlive(request);
        if (headersTooLong(request)) {
            // refused before the request arrived whole: the client may still be sending it
            LingeringClose.answer(ctx, responses.fault(HttpResponseStatus.REQUEST_HEADER_FIELDS_TOO_LARGE,
                    Faults.headersTooLarge()));
            return;
        }
        if (!request.decoderResult().isSuccess()) {
            write(ctx, keepAlive, responses.fault(HttpResponseStatus.BAD_REQUEST,
                    Faults.malformedHttp()));
            return;
        }
        String path = RequestPaths.path(request.uri());
        try {
            if (ConsoleRoutes.serves(request, path)) {
                write(ctx, keepAlive, console.answer(request, path, () -> authenticator.tenant(request)));
            } else if (AdminRoutes.owns(path)) {
                ConsoleRoutes.refuseCrossOrigin(request);
                ConsoleRoutes.requireEmulator(admin, path);
                if (!AdminRoutes.isHealth(request.method(), path)) {
                    authenticator.tenant(request);
                }
                gate.admitRoute(request.method());
                if (AdminRoutes.isMetrics(request.method(), path)) {
                    write(ctx, keepAlive, responses.text(HttpResponseStatus.OK, SwfMetrics.CONTENT_TYPE, admin.metrics()));
                } else {
                    write(ctx, keepAlive, responses.json(HttpResponseStatus.OK,
                            admin.handle(request.method(), path, request.content())));
                }
            } else if (!request.method().equals(HttpMethod.POST)) {
                throw Faults.unknownOperation(request.method() + " " + path)
                        .withDetail("SWF operations are POST requests with an X-Amz-Target header");
            } else {
                Tenant tenant = authenticator.tenant(request);
                String target = request.headers().get(AMZ_TARGET);
                gate.admitOperation(target);
                Object answer = dispatcher.call(target, tenant, request.content());
                if (answer instanceof CompletableFuture<?> poll && !poll.isDone()) {
                    park(ctx, keepAlive, poll);
                } else if (answer instanceof CompletableFuture<?> ready) {
                    // a task was waiting: answered here, with no hop through the event loop's queue
                    write(ctx, keepAlive, responses.ok(dispatcher.encode(ready.join(), ctx.alloc())));
                } else {
                    write(ctx, keepAlive, responses.ok(dispatcher.encode(answer, ctx.alloc())));
                }
            }
        } catch (DelayedAnswer delayed) {
            answerLater(ctx, keepAlive, delayed);
        } catch (UnansweredCall unanswered) {
            ctx.close();
        } catch (Throwable failure) {
            write(ctx, keepAlive, failureResponse(failure, request));
        }
    }

    /** A latency rule's answer, sent from a timer of this connection's event loop: no thread waits for it. */
    private void answerLater(ChannelHandlerContext ctx, boolean keepAlive, DelayedAnswer delayed) {
        ctx.executor().schedule(() -> {
            if (!ctx.channel().isActive()) {
                return;
            }
            try {
                write(ctx, keepAlive, responses.ok(dispatcher.encode(delayed.answer(), ctx.alloc())));
            } catch (Throwable failure) {
                write(ctx, keepAlive, failureResponse(failure, null));
            }
        }, delayed.delay().toNanos(), TimeUnit.NANOSECONDS);
    }

    private void park(ChannelHandlerContext ctx, boolean keepAlive, CompletableFuture<?> poll) {
        parked = poll;
        parkedPolls.incrementAndGet();
        poll.whenComplete((task, error) -> parkedPolls.decrementAndGet());
        poll.whenComplete((task, error) -> ctx.executor().execute(() -> {
            if (parked == poll) {
                parked = null;
            }
            if (!ctx.channel().isActive()) {
                return;
            }
            try {
                if (error instanceof CompletionException && error.getCause() instanceof UnansweredCall
                        || error instanceof UnansweredCall) {
                    ctx.close();
                    return;
                }
                if (error != null) {
                    throw error;
                }
                write(ctx, keepAlive, responses.ok(dispatcher.encode(task, ctx.alloc())));
            } catch (Throwable failure) {
                write(ctx, keepAlive, failureResponse(failure, null));
            }
        }));
    }

    private static boolean headersTooLong(FullHttpRequest request) {
        Throwable cause = request.decoderResult().cause();
        return cause instanceof TooLongHttpHeaderException || cause instanceof TooLongHttpLineException;
    }

    /** Idle means no request in progress: a parked long poll keeps its connection open. */
    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
        if (event instanceof IdleStateEvent) {
            if (parked == null) {
                LOG.debug("connection {} idle; closing it", ctx.channel());
                ctx.close();
            }
            return;
        }
        super.userEventTriggered(ctx, event);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        CompletableFuture<?> poll = parked;
        parked = null;
        if (poll != null) {
            poll.cancel(false);
        }
        super.channelInactive(ctx);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.debug("connection {} failed; closing it", ctx.channel(), cause);
        ctx.close();
    }

    private FullHttpResponse failureResponse(Throwable failure, FullHttpRequest request) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        String operation = request == null ? "long poll" : request.headers().get(AMZ_TARGET, request.uri());
        if (cause instanceof SwfFault fault && fault.getCause() instanceof InjectedServerError injected) {
            return responses.fault(HttpResponseStatus.valueOf(injected.status()), fault);
        }
        if (cause instanceof SwfFault fault && fault.type() == FaultType.ServiceUnavailable) {
            // the journal's episode is logged once by the journal, not once per request refused
            return responses.fault(HttpResponseStatus.SERVICE_UNAVAILABLE, fault);
        }
        if (cause instanceof SwfFault fault && REFUSED_CREDENTIALS.contains(fault.type())) {
            // an operator needs this one without --verbose: which key a client sent, and why it was refused
            LOG.warn("{} refused, {}: {}{}", operation, fault.type(), fault.getMessage(),
                    fault.detail() == null ? "" : " (" + fault.detail() + ")");
            return responses.fault(HttpResponseStatus.BAD_REQUEST, fault);
        }
        if (cause instanceof SwfFault fault && fault.type() != FaultType.InternalFailure) {
            LOG.info("{} answered {}: {}{}", operation, fault.type(), fault.getMessage(),
                    fault.detail() == null ? "" : " (" + fault.detail() + ")");
            return responses.fault(HttpResponseStatus.BAD_REQUEST, fault);
        }
        LOG.error("internal failure serving {}", operation, cause);
        return responses.fault(HttpResponseStatus.INTERNAL_SERVER_ERROR,
                Faults.internalFailure(cause));
    }

    /** Sends {@code response} once what it acknowledges is durable; off the I/O thread's back while it waits. */
    private void write(ChannelHandlerContext ctx, boolean keepAlive, FullHttpResponse response) {
        CompletableFuture<Void> kept = gate.whenDurable();
        if (kept.isDone() && !kept.isCompletedExceptionally()) {
            send(ctx, keepAlive, response);
            return;
        }
        kept.whenComplete((ok, broken) -> ctx.executor().execute(() -> {
            Throwable cause = broken instanceof CompletionException && broken.getCause() != null ? broken.getCause() : broken;
            if (broken == null) {
                send(ctx, keepAlive, response);
            } else if (cause instanceof JournalUnavailableException) {
                // kept, and written once the journal can: the client retries; the journal logs the episode once
                response.release();
                send(ctx, keepAlive, responses.fault(HttpResponseStatus.SERVICE_UNAVAILABLE, Faults.serviceUnavailable()));
            } else {
                response.release();
                LOG.error("an answer's changes could not be made durable", broken);
                send(ctx, keepAlive, responses.fault(HttpResponseStatus.INTERNAL_SERVER_ERROR,
                        Faults.internalFailure(broken)));
            }
        }));
    }

    private static void send(ChannelHandlerContext ctx, boolean keepAlive, FullHttpResponse response) {
        if (keepAlive) {
            response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
            ctx.writeAndFlush(response, ctx.voidPromise());
        } else {
            response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
            ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
        }
    }
}
