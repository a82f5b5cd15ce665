package dev.swfrelay.emulator.engine;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How one engine is set up: the region and account its ARNs name, its quotas, and how long
 * (in real time) a long poll waits for a task before answering empty, and the Lambda functions
 * its runs may schedule, by name, and what the HTTP server allows a connection. The one settings record
 * behind {@code SwfEmulator}'s and {@code SwfEmulatorServer}'s builders (which collect it with
 * {@link Builder}) and each region's engine, and whether it throttles as SWF does ({@link Throttling}, off by default): an invalid value fails when it is built, naming the setting.
 */
public record EngineSettings(String region, String accountId, Limits limits, Duration pollHold,
                             Map<String, LambdaFunction> lambdaFunctions, ConnectionLimits connections,
                             Throttling throttling) {

    public EngineSettings {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(pollHold, "pollHold");
        Objects.requireNonNull(connections, "connections");
        Objects.requireNonNull(throttling, "throttling");
        lambdaFunctions = Map.copyOf(Objects.requireNonNull(lambdaFunctions, "lambdaFunctions"));
        if (pollHold.isNegative()) {
            throw new IllegalArgumentException("pollHold must not be negative, was " + pollHold);
        }
        if (region.isBlank()) {
            throw new IllegalArgumentException("region must not be blank");
        }
        if (!accountId.matches("[0-9]{12}")) {
            throw new IllegalArgumentException("accountId must be 12 digits, was '" + accountId + "'");
        }
    }

    /** The same settings for the engine of {@code otherRegion}. */
    public EngineSettings inRegion(String otherRegion) {
        return new EngineSettings(otherRegion, accountId, limits, pollHold, lambdaFunctions, connections, throttling);
    }

    /** The same settings for the engine of {@code otherAccount} (a 12-digit account id). */
    public EngineSettings inAccount(String otherAccount) {
        return new EngineSettings(region, otherAccount, limits, pollHold, lambdaFunctions, connections, throttling);
    }

    /** SWF's defaults: us-east-1, account 123456789012, SWF's quotas, a 60 s poll hold. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects settings; {@link #build} checks them. */
    public static final class Builder {
        private String region = "us-east-1";
        private String accountId = "123456789012";
        private Limits limits = Limits.swf();
        private Duration pollHold = Duration.ofSeconds(60);
        private final Map<String, LambdaFunction> lambdaFunctions = new LinkedHashMap<>();
        private static final ConnectionLimits DEFAULTS = ConnectionLimits.defaults();
        private Duration idleTimeout = DEFAULTS.idleTimeout();
        private Duration requestTimeout = DEFAULTS.requestTimeout();
        private int maxConnections = DEFAULTS.maxConnections();
        private int maxHeaderBytes = DEFAULTS.maxHeaderBytes();
        private int maxBodyBytes = DEFAULTS.maxBodyBytes();
        private Throttling throttling = Throttling.off();

        private Builder() {
        }

        public Builder region(String region) {
            this.region = Objects.requireNonNull(region, "region");
            return this;
        }

        public Builder accountId(String accountId) {
            this.accountId = Objects.requireNonNull(accountId, "accountId");
            return this;
        }

        public Builder limits(Limits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        public Builder pollHold(Duration pollHold) {
            this.pollHold = Objects.requireNonNull(pollHold, "pollHold");
            return this;
        }

        /** How long a connection with no request in progress stays open (5 min); a parked poll is in progress. */
        public Builder idleTimeout(Duration idleTimeout) {
            this.idleTimeout = Objects.requireNonNull(idleTimeout, "idleTimeout");
            return this;
        }

        /** How long a request may take to arrive whole, from its first byte (30 s); then its connection is closed. */
        public Builder requestTimeout(Duration requestTimeout) {
            this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
            return this;
        }

        /** Connections open at once (1024); one more is answered a ThrottlingException and closed. */
        public Builder maxConnections(int maxConnections) {
            this.maxConnections = maxConnections;
            return this;
        }

        /** The request line and headers together (16 KB). */
        public Builder maxHeaderBytes(int maxHeaderBytes) {
            this.maxHeaderBytes = maxHeaderBytes;
            return this;
        }

        /** A request's body (SWF's 1 MB). */
        public Builder maxBodyBytes(int maxBodyBytes) {
            this.maxBodyBytes = maxBodyBytes;
            return this;
        }

        /** Takes every connection limit of {@code connections}. */
        public Builder connections(ConnectionLimits connections) {
            return idleTimeout(connections.idleTimeout()).requestTimeout(connections.requestTimeout())
                    .maxConnections(connections.maxConnections()).maxHeaderBytes(connections.maxHeaderBytes())
                    .maxBodyBytes(connections.maxBodyBytes());
        }

        /** Registers {@code function} as the Lambda function {@code name} (replacing one of that name). */
        public Builder lambdaFunction(String name, LambdaFunction function) {
            if (Objects.requireNonNull(name, "name").isEmpty() || name.length() > 64) {
                throw new IllegalArgumentException("lambdaFunction name must be 1..64 characters, was '" + name + "'");
            }
            lambdaFunctions.put(name, Objects.requireNonNull(function, "function"));
            return this;
        }

        /** SWF's token buckets ({@link Throttling#swf}), or none ({@link Throttling#off}, the default). */
        public Builder throttling(Throttling throttling) {
            this.throttling = Objects.requireNonNull(throttling, "throttling");
            return this;
        }

        /** Takes every value of {@code settings}. */
        public Builder from(EngineSettings settings) {
            settings.lambdaFunctions().forEach(this::lambdaFunction);
            return region(settings.region()).accountId(settings.accountId()).limits(settings.limits())
                    .pollHold(settings.pollHold()).connections(settings.connections())
                    .throttling(settings.throttling());
        }

        /** The checked settings; {@link IllegalArgumentException} naming the first invalid setting. */
        public EngineSettings build() {
            return new EngineSettings(region, accountId, limits, pollHold, lambdaFunctions,
                    new ConnectionLimits(idleTimeout, requestTimeout, maxConnections, maxHeaderBytes, maxBodyBytes),
                    throttling);
        }
    }
}
