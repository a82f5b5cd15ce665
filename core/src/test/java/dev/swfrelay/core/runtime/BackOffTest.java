package dev.swfrelay.core.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BackOffTest {

    @Test
    void doublesFromTheInitialUpToTheMaxWithJitterInTheUpperHalf() {
        BackOff backOff = new BackOff(Duration.ofMillis(100), Duration.ofSeconds(1));
        long[] ceilings = {100, 200, 400, 800, 1000, 1000};

        for (long ceiling : ceilings) {
            assertThat(backOff.next()).isBetween(Duration.ofMillis(ceiling / 2), Duration.ofMillis(ceiling));
        }
        backOff.reset();
        assertThat(backOff.next()).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
    }

    @Test
    void jitterSpreadsTheWaits() {
        Set<Duration> waits = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            waits.add(new BackOff(Duration.ofSeconds(1), Duration.ofSeconds(1)).next());
        }
        assertThat(waits).hasSizeGreaterThan(10);
    }

    @Test
    void manyFailuresDoNotOverflow() {
        BackOff backOff = new BackOff(Duration.ofMillis(1), Duration.ofDays(365));
        for (int i = 0; i < 200; i++) {
            assertThat(backOff.next()).isPositive().isLessThanOrEqualTo(Duration.ofDays(365));
        }
    }

    @Test
    void settingsRefuseNonsense() {
        LoopSettings defaults = LoopSettings.defaults("x");
        assertThatThrownBy(() -> defaults.withHandlers(0)).hasMessageContaining("handlers");
        assertThatThrownBy(() -> defaults.withBackOff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .hasMessageContaining("maxBackOff");
        assertThatThrownBy(() -> defaults.withBackOff(Duration.ZERO, Duration.ofSeconds(1)))
                .hasMessageContaining("initialBackOff");
    }
}
