package dev.swfrelay.emulator.engine;

import java.time.Duration;
import java.util.Objects;

/**
 * How one engine is set up: the region and account its ARNs name, its quotas, and how long
 * (in real time) a long poll waits for a task before answering empty.
 */
public record EngineSettings(String region, String accountId, Limits limits, Duration pollHold) {

    public EngineSettings {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(pollHold, "pollHold");
        if (pollHold.isNegative()) {
            throw new IllegalArgumentException("pollHold must not be negative, was " + pollHold);
        }
    }
}
