package dev.swfrelay.emulator;

import dev.swfrelay.core.api.EmulatorDefaults;
import dev.swfrelay.emulator.http.auth.Authenticator;
import dev.swfrelay.emulator.http.auth.OpenAuthenticator;
import dev.swfrelay.emulator.http.protocol.SwfDispatcher;
import dev.swfrelay.emulator.http.protocol.WireResponses;
import dev.swfrelay.emulator.http.routes.ConsoleRoutes;
import dev.swfrelay.emulator.http.routes.LoopbackHostGuard;
import dev.swfrelay.emulator.http.transport.GuardedPipeline;
import dev.swfrelay.emulator.http.transport.HttpListener;
import dev.swfrelay.emulator.http.transport.ServerTransport;
import dev.swfrelay.emulator.http.transport.SwfHttpHandler;
import dev.swfrelay.emulator.http.transport.ConnectionLimits;
import dev.swfrelay.emulator.json.SwfJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.swfrelay.core.api.SwfService;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The web console over any {@link SwfService} (real SWF through the AWS adapter, or a remote
 * emulator): its pages, and SWF's JSON protocol dispatched onto that service, on loopback. The
 * emulator-only views (pollers, clock) answer that they are not available. It answers only
 * requests addressed to loopback by name ({@link LoopbackHostGuard}). Its connections are the
 * emulator server's: the same transport ({@link ServerTransport}) and the same guards with their
 * default limits ({@link GuardedPipeline}).
 *
 * <pre>{@code
 * try (SwfConsoleServer console = SwfConsoleServer.start(awsService, 0)) {
 *     System.out.println(console.uri() + "/_relay/console/");
 * }
 * }</pre>
 */
public final class SwfConsoleServer implements AutoCloseable {

    private final HttpListener listener;

    private SwfConsoleServer(HttpListener listener) {
        this.listener = listener;
    }

    /** Serves the console for {@code service} on 127.0.0.1:{@code port} (0 for any free port). */
    public static SwfConsoleServer start(SwfService service, int port) {
        Objects.requireNonNull(service, "service");
        ObjectMapper mapper = SwfJson.mapper();
        WireResponses responses = new WireResponses();
        SwfDispatcher dispatcher = new SwfDispatcher(tenant -> service);
        Authenticator open = new OpenAuthenticator(EmulatorDefaults.ACCOUNT_ID, EmulatorDefaults.REGION);
        ConsoleRoutes console = new ConsoleRoutes(mapper, responses, Optional.empty());
        AtomicInteger noPolls = new AtomicInteger();
        GuardedPipeline guards = new GuardedPipeline(ConnectionLimits.defaults(), responses);
        return new SwfConsoleServer(HttpListener.bind("swf-relay-console", 2, new InetSocketAddress("127.0.0.1", port),
                guards, () -> List.of(new LoopbackHostGuard(responses),
                        new SwfHttpHandler(dispatcher, open, null, console, responses, noPolls))));
    }

    /** The server's root, e.g. {@code http://127.0.0.1:41234}; the console is under {@code /_relay/console/}. */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + listener.address().getPort());
    }

    @Override
    public void close() {
        listener.shutdown();
    }
}
