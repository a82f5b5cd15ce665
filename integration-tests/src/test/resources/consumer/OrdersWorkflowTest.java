package com.example.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.swfrelay.emulator.junit.SwfEmulatorTest;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.swf.SwfClient;

@SwfEmulatorTest
class OrdersWorkflowTest {

    @Test
    void registersItsDomain(SwfClient swf) {
        swf.registerDomain(r -> r.name("orders").workflowExecutionRetentionPeriodInDays("1"));

        assertEquals("orders", swf.describeDomain(r -> r.name("orders")).domainInfo().name());
    }
}
