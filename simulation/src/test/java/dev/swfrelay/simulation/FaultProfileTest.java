package dev.swfrelay.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FaultProfileTest {

    @Test
    void aFaultFileNamesKindsAndRatesWithComments() {
        FaultProfile profile = FaultProfile.parse("mine", """
                # crashes only, and a throttling hook
                worker-crash 0.25   # a quarter of the tasks
                throttling 0.1
                """);

        assertThat(profile.rate(FaultKind.WORKER_CRASH)).isEqualTo(0.25);
        assertThat(profile.rate(FaultKind.THROTTLING)).isEqualTo(0.1);
        assertThat(profile.rate(FaultKind.ANSWER_LOST)).isZero();
    }

    @Test
    void anUnknownKindIsRefusedWithLineAndTheKnownKinds() {
        assertThatThrownBy(() -> FaultProfile.parse("f", "worker-crash 0.1\nmeteor 0.5"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("f:2: unknown fault 'meteor'; known faults: worker-crash, answer-lost");
    }

    @Test
    void aRateOutsideZeroToOneIsRefused() {
        assertThatThrownBy(() -> FaultProfile.parse("f", "handler-throws 1.5"))
                .hasMessage("f:1: rate of handler-throws must be in [0, 1], was 1.5");
    }

    @Test
    void theExampleFaultFileReads() {
        FaultProfile profile = FaultProfile.named("../examples/simulation/crashes.faults");

        assertThat(profile.rates()).containsOnlyKeys(FaultKind.WORKER_CRASH, FaultKind.ANSWER_LOST);
    }

    @Test
    void theStandardProfileHasARateForEveryKind() {
        for (FaultKind kind : FaultKind.values()) {
            assertThat(FaultProfile.standard().rate(kind)).as(kind.label()).isPositive();
        }
    }
}
