package dev.swfrelay.emulator.engine.throttle;

import java.time.Instant;

/**
 * One token bucket on the engine's clock: it starts full, a call takes one token, and it gains
 * {@code refillPerSecond} tokens for each second the clock moves, up to its size. A frozen clock
 * adds none, so a test decides when it refills by advancing the clock.
 */
final class TokenBucket {

    /** Refills computed in doubles may fall a hair short of a whole token. */
    private static final double WHOLE = 1 - 1e-9;

    private final double size;
    private final double refillPerSecond;
    private double tokens;
    private long lastNanos;

    TokenBucket(double size, double refillPerSecond, Instant now) {
        if (!(size >= 1) || !(refillPerSecond > 0)) {
            throw new IllegalArgumentException("a bucket holds at least 1 token and refills, was " + size + " / "
                    + refillPerSecond + " a second");
        }
        this.size = size;
        this.refillPerSecond = refillPerSecond;
        this.tokens = size;
        this.lastNanos = nanos(now);
    }

    /** A bucket for {@code quota} with its size and rate times {@code scale}, its size never below one token. */
    static TokenBucket of(SwfQuotas.Quota quota, double scale, Instant now) {
        return new TokenBucket(Math.max(1, Math.floor(quota.bucketSize() * scale)), quota.refillPerSecond() * scale, now);
    }

    /** Takes a token if one is there at {@code now}. */
    synchronized boolean tryTake(Instant now) {
        refill(now);
        if (tokens < WHOLE) {
            return false;
        }
        tokens = Math.max(0, tokens - 1);
        return true;
    }

    /** The tokens in the bucket at {@code now}. */
    synchronized double tokens(Instant now) {
        refill(now);
        return tokens;
    }

    /** Full again (the engine was reset). */
    synchronized void fill(Instant now) {
        tokens = size;
        lastNanos = nanos(now);
    }

    double size() {
        return size;
    }

    double refillPerSecond() {
        return refillPerSecond;
    }

    /** A clock moved back adds nothing; the bucket counts on from where it is now. */
    private void refill(Instant now) {
        long at = nanos(now);
        if (at > lastNanos) {
            tokens = Math.min(size, tokens + (at - lastNanos) / 1e9 * refillPerSecond);
        }
        lastNanos = at;
    }

    private static long nanos(Instant at) {
        return at.getEpochSecond() * 1_000_000_000L + at.getNano();
    }
}
