package dev.swfrelay.emulator.engine;

import dev.swfrelay.core.api.EmulatorDefaults;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How one engine is set up: the region and account its ARNs name, its quotas, how long (in real
 * time) a long poll waits for a task before answering empty, and the Lambda functions its runs may
 * schedule, by name, and whether it throttles as SWF does ({@link Throttling}, off by default). The engine
 * layer's one settings record, behind {@code SwfEmulator}'s builder
 * and each region's engine of {@code SwfEmulatorServer} (whose own layer is {@code ServerSettings}):
 * an invalid value fails when it is built, naming the setting. Defaults are {@link EmulatorDefaults}'.
 */
public record EngineSettings(String region, String accountId, Limits limits, Duration pollHold,
                             Map<String, LambdaFunction> lambdaFunctions, Throttling throttling) {

    public EngineSettings {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(pollHold, "pollHold");
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
        return new EngineSettings(otherRegion, accountId, limits, pollHold, lambdaFunctions, throttling);
    }

    /** The same settings for the engine of {@code otherAccount} (a 12-digit account id). */
    public EngineSettings inAccount(String otherAccount) {
        return new EngineSettings(region, otherAccount, limits, pollHold, lambdaFunctions, throttling);
    }

    /** {@link EmulatorDefaults}: us-east-1, account 123456789012, a 60 s poll hold; and SWF's quotas. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects settings; {@link #build} checks them. */
    public static final class Builder {
        private String region = EmulatorDefaults.REGION;
        private String accountId = EmulatorDefaults.ACCOUNT_ID;
        private Limits limits = Limits.swf();
        private Duration pollHold = Duration.parse(EmulatorDefaults.POLL_HOLD);
        private final Map<String, LambdaFunction> lambdaFunctions = new LinkedHashMap<>();
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
                    .pollHold(settings.pollHold()).throttling(settings.throttling());
        }

        /** The checked settings; {@link IllegalArgumentException} naming the first invalid setting. */
        public EngineSettings build() {
            return new EngineSettings(region, accountId, limits, pollHold, lambdaFunctions, throttling);
        }
    }
}
