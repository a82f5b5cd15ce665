package com.example.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.swfrelay.testcontainers.SwfRelayContainer;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import software.amazon.awssdk.services.swf.SwfClient;

@Testcontainers
class BillingWorkflowTest {

    @Container
    static SwfRelayContainer swf = new SwfRelayContainer().withPollHold(Duration.ofSeconds(2));

    @Test
    void registersItsDomain() {
        try (SwfClient client = swf.swfClient()) {
            client.registerDomain(r -> r.name("billing").workflowExecutionRetentionPeriodInDays("1"));

            assertEquals("billing", client.describeDomain(r -> r.name("billing")).domainInfo().name());
        }
    }
}
