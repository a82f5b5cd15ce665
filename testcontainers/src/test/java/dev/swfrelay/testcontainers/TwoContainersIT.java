package dev.swfrelay.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import software.amazon.awssdk.services.swf.SwfClient;

/** Two containers at once, as two test suites on one CI machine would have: neither sees the other's state. */
@ExtendWith(DockerEngineAvailable.class)
@Testcontainers
class TwoContainersIT {

    @Container
    final SwfRelayContainer first = TestImage.container();

    @Container
    final SwfRelayContainer second = TestImage.container().withRegion("eu-west-1").withAccountId("210987654321");

    @Test
    void aDomainRegisteredInOneContainerIsUnknownInTheOther() {
        assertThat(first.getEndpoint()).isNotEqualTo(second.getEndpoint());
        try (SwfClient one = first.swfClient(); SwfClient two = second.swfClient()) {
            one.registerDomain(r -> r.name("only-in-first").workflowExecutionRetentionPeriodInDays("1"));
            two.registerDomain(r -> r.name("only-in-second").workflowExecutionRetentionPeriodInDays("1"));

            assertThat(SwfRelayContainerIT.registeredDomains(one)).containsExactly("only-in-first");
            assertThat(SwfRelayContainerIT.registeredDomains(two)).containsExactly("only-in-second");
            assertThat(two.describeDomain(r -> r.name("only-in-second")).domainInfo().arn())
                    .isEqualTo("arn:aws:swf:eu-west-1:210987654321:/domain/only-in-second");
        }
    }
}
