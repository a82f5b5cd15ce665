package dev.swfrelay.emulator.http;

import dev.swfrelay.emulator.SwfEmulatorServer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.swfrelay.emulator.SwfEmulator;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The server's and the in-process emulator's builders check the one settings record at build(). */
class ServerSettingsTest {

    @Test
    void serverWithNegativePollHoldFailsAtBuildNamingTheSetting() {
        SwfEmulatorServer.Builder builder = SwfEmulatorServer.builder().pollHold(Duration.ofSeconds(-1));
        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pollHold must not be negative, was PT-1S");
    }

    @Test
    void emulatorWithNegativePollHoldFailsAtBuildNamingTheSetting() {
        SwfEmulator.Builder builder = SwfEmulator.builder().pollHold(Duration.ofMillis(-5));
        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pollHold must not be negative, was PT-0.005S");
    }

    @Test
    void serverWithANegativeConnectionLimitFailsAtBuildNamingTheSetting() {
        assertThatThrownBy(SwfEmulatorServer.builder().maxConnections(-1)::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxConnections must be positive, was -1");
        assertThatThrownBy(SwfEmulatorServer.builder().idleTimeout(Duration.ofSeconds(-2))::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("idleTimeout must be positive, was PT-2S");
        assertThatThrownBy(SwfEmulatorServer.builder().requestTimeout(Duration.ofSeconds(-1))::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("requestTimeout must be positive, was PT-1S");
        assertThatThrownBy(SwfEmulatorServer.builder().maxHeaderBytes(-16)::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxHeaderBytes must be positive, was -16");
        assertThatThrownBy(SwfEmulatorServer.builder().maxBodyBytes(0)::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxBodyBytes must be positive, was 0");
    }

    @Test
    void aServerWithoutLimitsSetHasDefaultsNoRealClientTrips() {
        var connections = dev.swfrelay.emulator.ServerSettings.defaults().connections();
        assertThat(connections.idleTimeout()).isEqualTo(Duration.ofMinutes(5));
        assertThat(connections.requestTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(connections.maxConnections()).isEqualTo(1024);
        assertThat(connections.maxHeaderBytes()).isEqualTo(16 * 1024);
        assertThat(connections.maxBodyBytes()).isEqualTo(1024 * 1024);
    }

    @Test
    void serverWithAnAccountIdThatIsNotTwelveDigitsFailsAtBuild() {
        assertThatThrownBy(SwfEmulatorServer.builder().accountId("12ab")::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("accountId must be 12 digits, was '12ab'");
    }

    @Test
    void everyRegionOfAServerGetsItsAccountAndPollHold() {
        try (SwfEmulatorServer server = SwfEmulatorServer.builder().accountId("000011112222")
                .pollHold(Duration.ZERO).build()) {
            var swf = server.service("eu-west-1");
            swf.registerDomain(dev.swfrelay.core.api.RegisterDomainRequest.builder().name("d")
                    .workflowExecutionRetentionPeriodInDays("1").build());
            assertThat(swf.describeDomain(new dev.swfrelay.core.api.DescribeDomainRequest("d")).domainInfo().arn())
                    .isEqualTo("arn:aws:swf:eu-west-1:000011112222:/domain/d");
        }
    }
}
