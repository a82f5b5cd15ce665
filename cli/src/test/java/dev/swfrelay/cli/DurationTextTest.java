package dev.swfrelay.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationTextTest {

    @Test
    void readsTheFormsPeopleType() {
        assertThat(DurationText.parse("250ms", "x")).isEqualTo(Duration.ofMillis(250));
        assertThat(DurationText.parse("30", "x")).isEqualTo(Duration.ofSeconds(30));
        assertThat(DurationText.parse("30s", "x")).isEqualTo(Duration.ofSeconds(30));
        assertThat(DurationText.parse("5m", "x")).isEqualTo(Duration.ofMinutes(5));
        assertThat(DurationText.parse("2h", "x")).isEqualTo(Duration.ofHours(2));
        assertThat(DurationText.parse("1d", "x")).isEqualTo(Duration.ofDays(1));
        assertThat(DurationText.parse("pt1m30s", "x")).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void rejectsOtherTextNamingTheOption() {
        assertThatThrownBy(() -> DurationText.parse("-5s", "--poll-hold"))
                .isInstanceOf(UserError.class)
                .hasMessage("--poll-hold: '-5s' is not a duration; write it like 500ms, 30s, 5m, 2h, 1d or PT5M");
    }

    @Test
    void formatsShortly() {
        assertThat(DurationText.format(Duration.ofMillis(850))).isEqualTo("850ms");
        assertThat(DurationText.format(Duration.ofMillis(2400))).isEqualTo("2.4s");
        assertThat(DurationText.format(Duration.ofSeconds(185))).isEqualTo("3m05s");
        assertThat(DurationText.format(Duration.ofMinutes(125))).isEqualTo("2h05m");
    }
}
