package dev.swfrelay.emulator.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ThrottlingSettingTest {

    @Test
    void readsOffSwfAndAScale() {
        assertThat(Throttling.parse("off")).isEqualTo(Throttling.off());
        assertThat(Throttling.parse("swf")).isEqualTo(Throttling.swf());
        assertThat(Throttling.parse("swf:0.01")).isEqualTo(Throttling.swf(0.01));
        assertThat(Throttling.parse(" swf:2 ").scale()).isEqualTo(2.0);
        assertThat(Throttling.off().on()).isFalse();
        assertThat(Throttling.swf().on()).isTrue();
    }

    @Test
    void writesWhatItReads() {
        for (String text : new String[] {"off", "swf", "swf:0.01", "swf:2.5"}) {
            assertThat(Throttling.parse(text).toString()).isEqualTo(text);
        }
    }

    @Test
    void isOffByDefaultInTheEngineSettings() {
        assertThat(EngineSettings.builder().build().throttling()).isEqualTo(Throttling.off());
        assertThat(EngineSettings.builder().throttling(Throttling.swf(0.5)).build().inRegion("eu-west-1").throttling())
                .isEqualTo(Throttling.swf(0.5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "on", "SWF", "swf:", "swf:0", "swf:-1", "swf:abc", "swf:NaN", "swf:Infinity",
            "swf:0.5d", "swf:1e400", "aws:1"})
    void badTextIsAUserErrorNamingIt(String text) {
        assertThatThrownBy(() -> Throttling.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "'")
                .hasMessageContaining("swf:0.01");
    }
}
