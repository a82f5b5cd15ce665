package dev.swfrelay.emulator.engine.throttle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final Instant T0 = Instant.parse("2015-01-01T12:00:00Z");

    @Test
    void startsFullAndRefusesOnceEmpty() {
        TokenBucket bucket = new TokenBucket(3, 1, T0);

        assertThat(bucket.tryTake(T0)).isTrue();
        assertThat(bucket.tryTake(T0)).isTrue();
        assertThat(bucket.tryTake(T0)).isTrue();
        assertThat(bucket.tryTake(T0)).isFalse();
    }

    @Test
    void aClockThatDoesNotMoveNeverRefillsIt() {
        TokenBucket bucket = new TokenBucket(1, 1000, T0);
        bucket.tryTake(T0);

        for (int i = 0; i < 100; i++) {
            assertThat(bucket.tryTake(T0)).isFalse();
        }
        assertThat(bucket.tokens(T0)).isZero();
    }

    @Test
    void gainsItsRateEachSecondUpToItsSize() {
        TokenBucket bucket = new TokenBucket(10, 2, T0);
        for (int i = 0; i < 10; i++) {
            bucket.tryTake(T0);
        }

        assertThat(bucket.tokens(T0.plusMillis(500))).isEqualTo(1.0);
        assertThat(bucket.tokens(T0.plusSeconds(3))).isEqualTo(6.0);
        assertThat(bucket.tokens(T0.plusSeconds(60))).isEqualTo(10.0);
    }

    @Test
    void aFractionalRateGivesAWholeTokenOnlyAfterItsWholeInterval() {
        TokenBucket bucket = new TokenBucket(1, 0.06, T0);
        bucket.tryTake(T0);

        assertThat(bucket.tryTake(T0.plusSeconds(16))).isFalse();
        assertThat(bucket.tryTake(T0.plus(Duration.ofMillis(16_667)))).isTrue();
        assertThat(bucket.tryTake(T0.plus(Duration.ofMillis(16_668)))).isFalse();
    }

    @Test
    void aClockMovedBackAddsNothingAndCountsOnFromThere() {
        TokenBucket bucket = new TokenBucket(2, 1, T0);
        bucket.tryTake(T0);
        bucket.tryTake(T0);

        assertThat(bucket.tryTake(T0.minusSeconds(30))).isFalse();
        assertThat(bucket.tryTake(T0.minusSeconds(29))).isTrue();
    }

    @Test
    void fillMakesItFullAgain() {
        TokenBucket bucket = new TokenBucket(2, 1, T0);
        bucket.tryTake(T0);
        bucket.tryTake(T0);

        bucket.fill(T0);

        assertThat(bucket.tokens(T0)).isEqualTo(2.0);
    }

    @Test
    void aBucketThatCouldNeverAdmitIsRefused() {
        assertThatThrownBy(() -> new TokenBucket(0.5, 1, T0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TokenBucket(1, 0, T0)).isInstanceOf(IllegalArgumentException.class);
    }
}
