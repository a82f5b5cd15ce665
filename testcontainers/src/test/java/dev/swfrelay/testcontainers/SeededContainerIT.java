package dev.swfrelay.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import software.amazon.awssdk.services.swf.SwfClient;

/** {@code withInit}: the container's first answer already finds the domains and types of the files given. */
@ExtendWith(DockerEngineAvailable.class)
@Testcontainers
class SeededContainerIT {

    @Container
    final SwfRelayContainer swf = TestImage.container().withInit(list());

    private static Path list() {
        try {
            Path file = Files.createTempFile("swf-relay-init", ".json");
            Files.writeString(file, """
                    {"domains": [{"name": "seeded", "retentionDays": 2}],
                     "activityTypes": [{"domain": "seeded", "activityType": "charge:1", "taskList": "payments"}]}
                    """);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theFirstRequestFindsTheSeededDomainAndType() {
        try (SwfClient client = swf.swfClient()) {
            assertThat(SwfRelayContainerIT.registeredDomains(client)).containsExactly("seeded");
            assertThat(client.describeActivityType(r -> r.domain("seeded").activityType(t -> t.name("charge").version("1")))
                    .configuration().defaultTaskList().name()).isEqualTo("payments");
        }
    }
}
