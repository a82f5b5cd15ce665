package dev.swfrelay.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    @Test
    void backOffGrowsByTheCoefficientUpToTheMaximumInWholeSeconds() {
        RetryPolicy policy = new RetryPolicy(10, Duration.ofMillis(1500), 3.0, Duration.ofSeconds(20));

        assertThat(policy.backOffAfter(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.backOffAfter(2)).isEqualTo(Duration.ofSeconds(5));
        assertThat(policy.backOffAfter(3)).isEqualTo(Duration.ofSeconds(14));
        assertThat(policy.backOffAfter(4)).isEqualTo(Duration.ofSeconds(20));
        assertThat(policy.backOffAfter(60)).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void attemptsAreCountedFromOne() {
        RetryPolicy policy = RetryPolicy.exponential(3, Duration.ofSeconds(1));

        assertThat(policy.allowsAttemptAfter(1)).isTrue();
        assertThat(policy.allowsAttemptAfter(2)).isTrue();
        assertThat(policy.allowsAttemptAfter(3)).isFalse();
        assertThat(RetryPolicy.noRetries().allowsAttemptAfter(1)).isFalse();
    }

    @Test
    void rejectsPoliciesThatMakeNoSense() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, 1, Duration.ZERO)).hasMessageContaining("maxAttempts");
        assertThatThrownBy(() -> new RetryPolicy(2, Duration.ofSeconds(5), 0.5, Duration.ofSeconds(9)))
                .hasMessageContaining("backOffCoefficient");
        assertThatThrownBy(() -> new RetryPolicy(2, Duration.ofSeconds(5), 2, Duration.ofSeconds(1)))
                .hasMessageContaining("maxBackOff");
        assertThatThrownBy(() -> new RetryPolicy(2, Duration.ofSeconds(-1), 2, Duration.ofSeconds(1)))
                .hasMessageContaining("initialBackOff");
        assertThatThrownBy(() -> new RetryPolicy(2, Duration.ZERO, Double.NaN, Duration.ZERO))
                .hasMessageContaining("backOffCoefficient");
    }
}
