package dev.swfrelay.emulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.swfrelay.core.api.SwfService;
import dev.swfrelay.emulator.engine.EngineSettings;
import dev.swfrelay.emulator.engine.LambdaFunction;
import dev.swfrelay.emulator.engine.Limits;
import dev.swfrelay.emulator.engine.TaskListView;
import dev.swfrelay.emulator.engine.Tenant;
import dev.swfrelay.emulator.engine.clock.VirtualClock;
import dev.swfrelay.emulator.http.auth.AccountKeys;
import dev.swfrelay.emulator.http.auth.Authenticator;
import dev.swfrelay.emulator.http.auth.OpenAuthenticator;
import dev.swfrelay.emulator.console.ConsoleAssets;
import dev.swfrelay.emulator.http.auth.RegionalEmulators;
import dev.swfrelay.emulator.http.auth.SigV4Authenticator;
import dev.swfrelay.emulator.http.protocol.SwfDispatcher;
import dev.swfrelay.emulator.fault.FaultRules;
import dev.swfrelay.emulator.http.protocol.WireResponses;
import dev.swfrelay.emulator.http.routes.AdminRoutes;
import dev.swfrelay.emulator.http.routes.ConsoleRoutes;
import dev.swfrelay.emulator.http.transport.ChangeGate;
import dev.swfrelay.emulator.http.transport.ConnectionLimits;
import dev.swfrelay.emulator.http.transport.GuardedPipeline;
import dev.swfrelay.emulator.http.transport.HttpListener;
import dev.swfrelay.emulator.http.transport.SwfHttpHandler;
import dev.swfrelay.emulator.engine.Throttling;
import dev.swfrelay.emulator.metrics.SwfMetrics;
import dev.swfrelay.emulator.engine.Tenant;
import java.util.function.Consumer;
import dev.swfrelay.emulator.journal.Journal;
import dev.swfrelay.emulator.journal.RecordStore;
import dev.swfrelay.emulator.journal.SyncPolicy;
import dev.swfrelay.emulator.json.SwfJson;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The emulator over SWF's own JSON protocol on HTTP, for the AWS SDKs and CLI with an
 * endpoint override. State is regional (the region comes from each request's SigV4 scope),
 * every region on the server's one {@link VirtualClock}. A server built with
 * {@link Builder#credentials credentials} checks each request's signature and keeps one state per
 * account, in its one region, as a regional SWF endpoint does. Long polls are parked without a
 * thread; closing the server answers them empty.
 *
 * <pre>{@code
 * try (SwfEmulatorServer server = SwfEmulatorServer.builder().port(0).build().start()) {
 *     SwfClient swf = SwfClient.builder().endpointOverride(server.uri())...build();
 * }
 * }</pre>
 */
public final class SwfEmulatorServer implements AutoCloseable {

    private final ServerSettings settings;
    private final EngineSettings engineSettings;
    private final VirtualClock clock;
    private final boolean ownsClock;
    private final RegionalEmulators emulators;
    private final FaultRules faults;
    private final SwfMetrics metrics;
    private final Consumer<SwfService> initially;
    private final ObjectMapper mapper = SwfJson.mapper();
    private final WireResponses responses = new WireResponses();
    private final AtomicInteger parkedPolls = new AtomicInteger();
    private HttpListener listener;
    private boolean closed;
    private final ServerData data;

    private SwfEmulatorServer(VirtualClock givenClock, ServerSettings settings, EngineSettings engineSettings,
                              FaultRules faults, Consumer<SwfService> initially) {
        this.settings = settings;
        this.engineSettings = engineSettings;
        this.ownsClock = givenClock == null;
        this.clock = ownsClock ? VirtualClock.systemTime() : givenClock;
        this.metrics = new SwfMetrics(this::taskLists);
        this.data = new ServerData(settings, clock, ownsClock);
        this.emulators = new RegionalEmulators(clock, engineSettings, data::changeLog, metrics::historyObserver);
        data.keep(emulators);
        this.faults = faults;
        this.initially = initially;
        emulators.withFaults(faults).withRehearsal(metrics);
    }

    /**
     * Builds, on the calling thread, what every server builds the same whatever its settings: SWF's
     * JSON codec, operation table and shapes, the console's files, and the socket transport with
     * Netty's buffers. {@code serve} calls it on a second thread while it parses its options (ADR
     * 0015); a server built meanwhile waits for what is in progress, as for any class another
     * thread is initialising, and a second server in a process finds it done.
     */
    public static void prepare() {
        SwfDispatcher.prepare();
        ConsoleAssets.shipped();
        HttpListener.prepare();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Binds the port and serves; returns when the server accepts connections. */
    public synchronized SwfEmulatorServer start() {
        if (listener != null) {
            throw new IllegalStateException("already started on " + uri());
        }
        try {
            data.open();
            initially.accept(emulators.region(engineSettings.region()).service());
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        ChangeGate gate = data.gate();
        SwfDispatcher dispatcher = new SwfDispatcher(tenant -> emulators.of(tenant).service());
        Authenticator authenticator = settings.keys()
                .<Authenticator>map(keys -> new SigV4Authenticator(keys, engineSettings.region(), Clock.systemUTC()))
                .orElseGet(() -> new OpenAuthenticator(engineSettings.accountId(), engineSettings.region()));
        AdminRoutes admin = new AdminRoutes(mapper, clock, emulators, parkedPolls, data, faults, metrics);
        ConsoleRoutes console = new ConsoleRoutes(mapper, responses,
                Optional.of((tenant, domain) -> emulators.of(tenant).taskLists(domain)), Optional.of(metrics));
        GuardedPipeline guards = new GuardedPipeline(settings.connections(), responses);
        try {
            listener = HttpListener.bind("swf-relay", settings.ioThreads(),
                    new InetSocketAddress(settings.bindAddress(), settings.port()), guards,
                    () -> List.of(new SwfHttpHandler(dispatcher, authenticator, admin, console, responses, parkedPolls,
                            gate)));
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        return this;
    }

    private Map<Tenant, Map<String, List<TaskListView>>> taskLists() {
        return emulators.taskLists();
    }

    /**
     * The server's metrics ({@code GET /_relay/metrics}), and the two hooks through which throttling
     * and injected faults are counted ({@link SwfMetrics#metered}, {@link SwfMetrics#faultFired}).
     */
    public SwfMetrics metrics() {
        return metrics;
    }

    /** The endpoint to give the SDK, e.g. {@code http://127.0.0.1:41234}. */
    public URI uri() {
        String host = settings.bindAddress().equals("0.0.0.0") ? "127.0.0.1" : settings.bindAddress();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return URI.create("http://" + host + ":" + port());
    }

    /** The bound port (the ephemeral one when built with port 0). */
    public int port() {
        if (listener == null) {
            throw new IllegalStateException("not started");
        }
        return listener.address().getPort();
    }

    /** The clock every region's engine runs on. */
    public VirtualClock clock() {
        return clock;
    }

    /**
     * The in-process service of {@code region} (created on first use), for code that embeds the
     * server and also calls the engine directly; HTTP requests for that region see the same state.
     */
    public SwfService service(String region) {
        return emulators.region(Objects.requireNonNull(region, "region")).service();
    }

    /**
     * The in-process service of {@code accountId}'s state in {@code region}: on a guarded server
     * each key's account has its own; {@link #service(String)} is the server's own account's.
     */
    public SwfService service(String accountId, String region) {
        return emulators.of(new Tenant(Objects.requireNonNull(accountId, "accountId"),
                Objects.requireNonNull(region, "region"))).service();
    }

    /**
     * The fault rules every SWF request passes through (empty unless {@link Builder#faults} or
     * {@code POST /_relay/faults} set some); add or clear rules here while the server runs.
     */
    public FaultRules faults() {
        return faults;
    }

    /** Whether requests must be signed with one of the server's {@link Builder#credentials account keys}. */
    public boolean guarded() {
        return settings.keys().isPresent();
    }

    /** Long polls now waiting for a task over HTTP. */
    public int parkedPolls() {
        return parkedPolls.get();
    }

    /** Forgets every region's state (parked polls are answered empty) and returns the clock to real time. */
    public void reset() {
        emulators.reset();
        clock.release();
    }

    /** Stops accepting, answers parked polls empty, then closes connections and threads. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (listener != null) {
            listener.stopAccepting();
        }
        emulators.close();
        data.close();
        if (listener != null) {
            listener.shutdown();
        }
        if (ownsClock) {
            clock.close();
        }
    }

    /**
     * Builds a server; every setting has a default ({@link ServerSettings#defaults()}: port 0, 127.0.0.1, in memory;
     * {@link EngineSettings#builder()}: 60 s poll hold, us-east-1; real time).
     */
    public static final class Builder {
        private static final ServerSettings DEFAULTS = ServerSettings.defaults();
        private int port = DEFAULTS.port();
        private String bindAddress = DEFAULTS.bindAddress();
        private VirtualClock clock;
        private final EngineSettings.Builder engine = EngineSettings.builder();
        private int ioThreads = DEFAULTS.ioThreads();
        private Duration idleTimeout = DEFAULTS.connections().idleTimeout();
        private Duration requestTimeout = DEFAULTS.connections().requestTimeout();
        private int maxConnections = DEFAULTS.connections().maxConnections();
        private int maxHeaderBytes = DEFAULTS.connections().maxHeaderBytes();
        private int maxBodyBytes = DEFAULTS.connections().maxBodyBytes();
        private AccountKeys keys;
        private Path dataDir;
        private SyncPolicy sync = DEFAULTS.sync();
        private RecordStore dataStore;
        private long snapshotAfter = DEFAULTS.snapshotAfter();
        private FaultRules faults;
        private Consumer<SwfService> initially = service -> { };

        private Builder() {
        }

        /**
         * Guards the server: every SWF request, and every admin route but {@code GET /_relay/health},
         * must carry a SigV4 signature by one of {@code keys}, scoped to the server's {@link #region}
         * and service {@code swf}, signed within 15 minutes of real time; each key's account has its
         * own state. Without keys (the default) the server is open and has one account.
         */
        public Builder credentials(AccountKeys keys) {
            this.keys = Objects.requireNonNull(keys, "keys");
            return this;
        }

        /** The TCP port; 0 (the default) picks a free ephemeral one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder bindAddress(String bindAddress) {
            this.bindAddress = Objects.requireNonNull(bindAddress, "bindAddress");
            return this;
        }

        /** The clock shared by every region (not closed with the server); real time when not set. */
        public Builder clock(VirtualClock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * How long a long poll waits for a task, in real time (60 s as on SWF). SDK clients must
         * then read for longer than that: 70 s is what SWF's own clients use.
         */
        public Builder pollHold(Duration pollHold) {
            engine.pollHold(pollHold);
            return this;
        }

        /** The region of requests that carry no SigV4 scope naming one. */
        public Builder region(String region) {
            engine.region(region);
            return this;
        }

        /** The account id in ARNs (123456789012 by default). */
        public Builder accountId(String accountId) {
            engine.accountId(accountId);
            return this;
        }

        public Builder limits(Limits limits) {
            engine.limits(limits);
            return this;
        }

        /** How long a connection with no request in progress stays open (5 min); a parked long poll is in progress. */
        public Builder idleTimeout(Duration idleTimeout) {
            this.idleTimeout = Objects.requireNonNull(idleTimeout, "idleTimeout");
            return this;
        }

        /** How long a request may take to arrive whole from its first byte (30 s); then its connection is closed. */
        public Builder requestTimeout(Duration requestTimeout) {
            this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
            return this;
        }

        /** Connections open at once (1024); a request on one more is answered 503 ThrottlingException. */
        public Builder maxConnections(int maxConnections) {
            this.maxConnections = maxConnections;
            return this;
        }

        /** The request line and the headers, each at most this many bytes (16 KB); more is answered 431. */
        public Builder maxHeaderBytes(int maxHeaderBytes) {
            this.maxHeaderBytes = maxHeaderBytes;
            return this;
        }

        /** A request's body (SWF's 1 MB); more is answered 413. */
        public Builder maxBodyBytes(int maxBodyBytes) {
            this.maxBodyBytes = maxBodyBytes;
            return this;
        }

        /**
         * Throttles as SWF does in every region and account ({@link Throttling#swf}, optionally scaled):
         * a call past its bucket is answered 400 {@code ThrottlingException} "Rate exceeded", which the
         * SDKs retry; buckets refill on the server's clock. Off by default.
         */
        public Builder throttling(Throttling throttling) {
            engine.throttling(throttling);
            return this;
        }

        /** Registers a Lambda function every region's runs may schedule by {@code name}. */
        public Builder lambdaFunction(String name, LambdaFunction function) {
            engine.lambdaFunction(name, function);
            return this;
        }

        /**
         * Keeps every state change in a journal in {@code dataDir}, durable before the answer that
         * carries it is sent, and rebuilds the state from it at {@link #start()}. Without it the
         * server keeps its state in memory only. One server per folder: {@link #start()} throws
         * {@link dev.swfrelay.emulator.journal.DataFolderInUseException}, naming the folder and the holder's process,
         * while another server (in this process or another) uses it.
         */
        public Builder dataDir(Path dataDir) {
            this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
            return this;
        }

        /** As {@link #dataDir}, the journal's records kept in {@code store} (a benchmark's other store); closed with the server. */
        public Builder dataStore(RecordStore store) {
            this.dataStore = Objects.requireNonNull(store, "store");
            return this;
        }

        /**
         * With {@link #dataDir}: a snapshot is taken in the background once this many bytes were journaled since the
         * last one, or the last one's size when larger ({@link Journal#DEFAULT_SNAPSHOT_AFTER_BYTES} by default).
         */
        public Builder snapshotAfter(long bytes) {
            this.snapshotAfter = bytes;
            return this;
        }

        /** With {@link #dataDir}: one sync per change ({@code ALWAYS}) or group commit ({@code GROUP}, the default). */
        public Builder sync(SyncPolicy sync) {
            this.sync = Objects.requireNonNull(sync, "sync");
            return this;
        }

        /**
         * The fault rules SWF requests pass through from the start (an empty set seeded 0 by default,
         * to which {@code POST /_relay/faults} adds). A lost answer or a dropped request closes its
         * connection without a reply; latency sends the answer later, holding no thread.
         */
        public Builder faults(FaultRules rules) {
            this.faults = Objects.requireNonNull(rules, "rules");
            return this;
        }

        /**
         * Runs once in {@link #start()}, after the data folder (if any) is read back and before the port is
         * bound, on the service of the server's own account in its {@link #region}: state seeded there
         * ({@code serve --init}) is in place when the first request arrives. What it throws stops the start.
         */
        public Builder initially(Consumer<SwfService> seed) {
            this.initially = Objects.requireNonNull(seed, "seed");
            return this;
        }

        /** Threads serving connections (2 by default); parked polls hold none. */
        public Builder ioThreads(int ioThreads) {
            this.ioThreads = ioThreads;
            return this;
        }

        /** The server; {@link IllegalArgumentException} naming the setting when one is invalid (a port past 65535, a negative poll hold or connection limit). */
        public SwfEmulatorServer build() {
            ServerSettings server = new ServerSettings(port, bindAddress, ioThreads,
                    new ConnectionLimits(idleTimeout, requestTimeout, maxConnections, maxHeaderBytes, maxBodyBytes),
                    Optional.ofNullable(keys), Optional.ofNullable(dataDir), Optional.ofNullable(dataStore), sync,
                    snapshotAfter);
            return new SwfEmulatorServer(clock, server, engine.build(), faults != null ? faults : FaultRules.seeded(0),
                    initially);
        }
    }
}
