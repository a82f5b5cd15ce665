package dev.swfrelay.testcontainers;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import software.amazon.awssdk.services.swf.SwfClient;

/**
 * The README's Testcontainers example, compiled with the module's tests but not run: an inner
 * class, which Surefire and Failsafe leave out (the container tests here, such as
 * {@code SwfRelayContainerIT}, run the same calls). The emulator module's {@code ReadmeSnippetsTest}
 * checks that the README shows this region as written.
 */
@SuppressWarnings("try") // the example's client is where the reader's own calls would go
class ReadmeContainerSnippets {

    // README begin
    @Testcontainers
    class BillingWorkflowTest {
        @Container
        static SwfRelayContainer swf = new SwfRelayContainer().withPollHold(Duration.ofSeconds(2));

        @BeforeEach
        void clean() { swf.reset(); }

        @Test
        void firesItsReminder() {
            swf.freezeClockAt(Instant.parse("2015-01-01T00:00:00Z"));
            try (SwfClient client = swf.swfClient()) {
                // start the workflow, whose decider starts a one-hour timer ...
                swf.advanceClock(Duration.ofHours(1));             // ... and the timer fires now
            }
        }
    }
    // README end
}
