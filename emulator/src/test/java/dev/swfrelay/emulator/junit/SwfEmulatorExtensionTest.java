package dev.swfrelay.emulator.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.swfrelay.emulator.engine.clock.VirtualClock;
import dev.swfrelay.emulator.SwfEmulatorServer;
import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.services.swf.SwfClient;

/** The extension injects a client, endpoint, clock and server, one server per class, reset between tests. */
@SwfEmulatorTest(pollHold = "PT1S", region = "eu-west-1", accountId = "000011112222")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SwfEmulatorExtensionTest {

    private static URI firstEndpoint;

    @Test
    @Order(1)
    void injectsAClientForTheServerInTheAnnotatedRegion(SwfClient swf, URI endpoint, SwfEmulatorServer server) {
        firstEndpoint = endpoint;
        assertThat(endpoint).isEqualTo(server.uri());
        assertThat(endpoint.getHost()).isEqualTo("127.0.0.1");
        swf.registerDomain(r -> r.name("left-over").workflowExecutionRetentionPeriodInDays("1"));
        assertThat(swf.describeDomain(r -> r.name("left-over")).domainInfo().arn())
                .isEqualTo("arn:aws:swf:eu-west-1:000011112222:/domain/left-over");
    }

    @Test
    @Order(2)
    void theNextTestSeesTheSameServerReset(SwfClient swf, URI endpoint, VirtualClock clock) {
        assertThat(endpoint).isEqualTo(firstEndpoint);
        assertThat(swf.listDomains(r -> r.registrationStatus("REGISTERED")).domainInfos()).isEmpty();
        clock.freeze(Instant.parse("2015-01-01T00:00:00Z"));
    }

    @Test
    @Order(3)
    void resetReturnsTheClockToRealTime(VirtualClock clock) {
        assertThat(clock.isFrozen()).isFalse();
    }

    @Nested
    class NestedClasses {
        @Test
        void shareTheOuterServer(URI endpoint) {
            assertThat(endpoint).isEqualTo(firstEndpoint);
        }
    }
}
