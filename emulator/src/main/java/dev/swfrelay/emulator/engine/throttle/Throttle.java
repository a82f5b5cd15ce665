package dev.swfrelay.emulator.engine.throttle;

import dev.swfrelay.core.model.Faults;
import dev.swfrelay.emulator.engine.Throttling;
import dev.swfrelay.emulator.engine.clock.VirtualClock;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;

/**
 * One engine's throttling: the buckets of {@link SwfQuotas} for its account and region, scaled as
 * {@link Throttling} says and refilled on the engine's clock. Off, it holds no bucket and each check
 * is one branch that lets the call through.
 */
public final class Throttle {

    private final boolean on;
    private final Throttling throttling;
    private final VirtualClock clock;
    private final TokenBucket[] apis;
    private final TokenBucket[] decisions;
    private final Meter meter;

    /** Told of every token taken or refused, while throttling is on (the server's metrics). */
    public interface Meter {
        Meter NONE = (quota, throttled) -> { };

        void metered(SwfQuotas.Quota quota, boolean throttled);
    }

    public Throttle(Throttling throttling, VirtualClock clock) {
        this(throttling, clock, Meter.NONE);
    }

    public Throttle(Throttling throttling, VirtualClock clock, Meter meter) {
        this.meter = meter;
        this.on = throttling.on();
        this.throttling = throttling;
        this.clock = clock;
        if (on) {
            Instant now = clock.now();
            this.apis = buckets(SwfQuotas.Api.values(), now);
            this.decisions = buckets(SwfQuotas.Decision.values(), now);
        } else {
            this.apis = null;
            this.decisions = null;
        }
    }

    public boolean isOn() {
        return on;
    }

    /** Takes a token of {@code api}'s bucket; SWF's {@code ThrottlingException} when it is empty. */
    public void admit(SwfQuotas.Api api) {
        if (!on) {
            return;
        }
        TokenBucket bucket = apis[api.ordinal()];
        boolean took = bucket.tryTake(clock.now());
        meter.metered(api, !took);
        if (!took) {
            throw throttled(api, bucket, "account");
        }
    }

    /** Takes a token of the decision's bucket; false (the decision fails with its rate cause) when it is empty. */
    public boolean admits(SwfQuotas.Decision decision) {
        if (!on) {
            return true;
        }
        boolean took = decisions[decision.ordinal()].tryTake(clock.now());
        meter.metered(decision, !took);
        return took;
    }

    /** Takes a token of {@code quota}'s bucket of one run; SWF's {@code ThrottlingException} when it is empty. */
    public void admit(RunBuckets run, SwfQuotas.Run quota) {
        if (!on) {
            return;
        }
        Instant now = clock.now();
        TokenBucket bucket = run.bucket(quota, throttling.scale(), now);
        boolean took = bucket.tryTake(now);
        meter.metered(quota, !took);
        if (!took) {
            throw throttled(quota, bucket, "workflow run");
        }
    }

    /** Every account bucket full again, as after the engine's reset. */
    public void refill() {
        if (!on) {
            return;
        }
        Instant now = clock.now();
        for (TokenBucket bucket : apis) {
            bucket.fill(now);
        }
        for (TokenBucket bucket : decisions) {
            bucket.fill(now);
        }
    }

    private TokenBucket[] buckets(SwfQuotas.Quota[] quotas, Instant now) {
        TokenBucket[] buckets = new TokenBucket[quotas.length];
        for (int i = 0; i < quotas.length; i++) {
            buckets[i] = TokenBucket.of(quotas[i], throttling.scale(), now);
        }
        return buckets;
    }

    private RuntimeException throttled(SwfQuotas.Quota quota, TokenBucket bucket, String per) {
        return Faults.throttled(quota.apiName() + ": the " + per + "'s bucket of " + number(bucket.size())
                + (bucket.size() == 1 ? " token" : " tokens") + " is empty; it gains " + number(bucket.refillPerSecond())
                + " a second on the engine's clock (throttling " + throttling + ")");
    }

    private static String number(double value) {
        return BigDecimal.valueOf(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
