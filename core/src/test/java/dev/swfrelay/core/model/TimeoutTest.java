package dev.swfrelay.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TimeoutTest {

    @Test
    void noneIsExplicitAndHasNoDuration() {
        Timeout none = Timeout.parse("NONE");
        assertThat(none).isSameAs(Timeout.NONE);
        assertThat(none.isNone()).isTrue();
        assertThat(none.duration()).isEmpty();
        assertThat(none.toWire()).isEqualTo("NONE");
    }

    @Test
    void secondsRoundTripThroughTheWireForm() {
        Timeout t = Timeout.parse("300");
        assertThat(t.duration()).contains(Duration.ofMinutes(5));
        assertThat(t.toWire()).isEqualTo("300");
        assertThat(t).isEqualTo(Timeout.ofSeconds(300));
    }

    @Test
    void rejectsWhatSwfRejectsNamingTheValue() {
        assertThatThrownBy(() -> Timeout.parse("5m"))
                .isInstanceOf(SwfFault.class)
                .hasMessageContaining("'5m'")
                .satisfies(e -> assertThat(((SwfFault) e).type()).isEqualTo(FaultType.ValidationException));
        assertThatThrownBy(() -> Timeout.parse("123456789")).isInstanceOf(SwfFault.class);
        assertThatThrownBy(() -> Timeout.of(Duration.ofMillis(1500))).isInstanceOf(SwfFault.class);
        assertThatThrownBy(() -> Timeout.of(Duration.ofSeconds(-1))).isInstanceOf(SwfFault.class);
    }
}
