package dev.swfrelay.emulator.engine.throttle;

import java.time.Instant;

/**
 * One run's own buckets (SWF's workflow-level quotas), made on first use. A run holds its
 * {@code RunBuckets}, so they are forgotten with the run.
 */
public final class RunBuckets {

    private static final int QUOTAS = SwfQuotas.Run.values().length;

    private final TokenBucket[] buckets = new TokenBucket[QUOTAS];

    synchronized TokenBucket bucket(SwfQuotas.Run quota, double scale, Instant now) {
        TokenBucket bucket = buckets[quota.ordinal()];
        if (bucket == null) {
            bucket = TokenBucket.of(quota, scale, now);
            buckets[quota.ordinal()] = bucket;
        }
        return bucket;
    }
}
