package dev.swfrelay.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.DomainDeprecatedException;
import software.amazon.awssdk.services.swf.model.SwfException;
import software.amazon.awssdk.services.swf.model.UnknownResourceException;

/** {@code withFaults}, {@code addFaultRules} and {@code withThrottling}: the image serves them as {@code serve} does. */
@ExtendWith(DockerEngineAvailable.class)
@Testcontainers
class RehearsalContainerIT {

    @Container
    final SwfRelayContainer swf = TestImage.container().withFaults(rules()).withThrottling("swf:0.0001");

    private static Path rules() {
        try {
            Path file = Files.createTempFile("swf-relay-faults", ".json");
            Files.writeString(file, """
                    {"seed": 3, "rules": [{"name": "gone", "operation": "DescribeDomain", "action": "fault",
                                           "fault": "UnknownResourceFault"}]}
                    """);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theFileRulesTheAddedRulesAndTheQuotasAllAnswerAsSwf() {
        try (SwfClient client = swf.swfClient()) {
            client.registerDomain(r -> r.name("d").workflowExecutionRetentionPeriodInDays("1"));
            assertThatThrownBy(() -> client.describeDomain(r -> r.name("d")))
                    .isInstanceOf(UnknownResourceException.class).hasMessageContaining("Unknown domain: d");

            swf.addFaultRules("{\"name\": \"blip\", \"operation\": \"CountOpenWorkflowExecutions\", \"action\": \"fault\", "
                    + "\"fault\": \"DomainDeprecatedFault\"}");
            assertThatThrownBy(() -> client.countOpenWorkflowExecutions(r -> r.domain("d")
                    .startTimeFilter(t -> t.oldestDate(java.time.Instant.EPOCH))))
                    .isInstanceOf(DomainDeprecatedException.class);

            // ListDomains' bucket keeps its one token at this scale and refills none in the test's time
            assertThat(client.listDomains(r -> r.registrationStatus("REGISTERED")).domainInfos()).hasSize(1);
            assertThatThrownBy(() -> client.listDomains(r -> r.registrationStatus("REGISTERED")))
                    .isInstanceOf(SwfException.class).hasMessageContaining("Rate exceeded");
        }
    }
}
