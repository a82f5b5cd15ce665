package dev.swfrelay.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a container passes to {@code serve}, read before anything starts (no Docker engine needed). */
class SwfRelayContainerSettingsTest {

    @Test
    void throttlingReachesServeAsItsEnvironmentVariable() {
        try (SwfRelayContainer swf = new SwfRelayContainer().withThrottling("swf:0.01")) {
            assertThat(swf.getEnvMap()).containsEntry("SWF_RELAY_THROTTLING", "swf:0.01");
        }
    }

    @Test
    void withoutItServeKeepsItsDefaultOff() {
        try (SwfRelayContainer swf = new SwfRelayContainer()) {
            assertThat(swf.getEnvMap()).doesNotContainKey("SWF_RELAY_THROTTLING");
        }
    }
}
