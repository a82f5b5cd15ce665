package dev.swfrelay.it.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.swfrelay.aws.AwsSwf;
import dev.swfrelay.aws.AwsSwfService;
import dev.swfrelay.core.api.DescribeActivityTypeRequest;
import dev.swfrelay.core.api.DescribeDomainRequest;
import dev.swfrelay.core.api.ListDomainsRequest;
import dev.swfrelay.core.model.ActivityType;
import dev.swfrelay.core.model.DomainInfo;
import dev.swfrelay.core.model.RegistrationStatus;
import dev.swfrelay.core.model.TaskList;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code swf-relay serve --init}: state seeded from files before the first answer, the same after a restart. */
class CliServeInitIT {

    private static final String LIST = """
            {"domains": [{"name": "orders", "retentionDays": 3}],
             "activityTypes": [{"domain": "orders", "activityType": "charge:1", "taskList": "payments"}]}
            """;

    @TempDir
    Path dir;

    @Test
    void theFirstRequestFindsTheSeededStateAndARestartWithTheSameFilesAddsNothing() throws Exception {
        Path init = Files.createDirectories(dir.resolve("init"));
        Files.writeString(init.resolve("orders.json"), LIST);
        Files.writeString(init.resolve("seed.yaml"), """
                domain: seed
                workflowType: a-then-b:1
                steps:
                  - {activityType: "script-a:1", taskList: a_tasks}
                """);
        for (int start = 1; start <= 2; start++) {
            try (Emulator emulator = Emulator.start(dir, "--data", "data", "--init", "init");
                 AwsSwfService swf = AwsSwf.forEndpoint(URI.create(emulator.url()), "us-east-1")) {
                assertThat(swf.describeDomain(new DescribeDomainRequest("orders")).configuration()
                        .workflowExecutionRetentionPeriodInDays()).isEqualTo("3");
                assertThat(swf.describeActivityType(new DescribeActivityTypeRequest(new ActivityType("charge", "1"),
                        "orders")).configuration().defaultTaskList()).isEqualTo(new TaskList("payments"));
                List<String> domains = swf.listDomains(ListDomainsRequest.builder()
                        .registrationStatus(RegistrationStatus.REGISTERED).build()).domainInfos().stream()
                        .map(DomainInfo::name).toList();
                assertThat(domains).containsExactlyInAnyOrder("orders", "seed");
                String expected = start == 1 ? "domain orders: registered" : "domain orders: already registered";
                assertThat(emulator.stdout()).contains("init: " + expected);
            }
        }
    }

    @Test
    void theEnvironmentVariableNamesTheFilesAsInTheImage() throws Exception {
        Files.writeString(dir.resolve("orders.json"), LIST);
        CliProcess serve = CliProcess.start(dir, Map.of("SWF_RELAY_INIT", dir.resolve("orders.json").toString()),
                "serve", "--port", "0");
        try (serve) {
            serve.awaitOutput("http://", Duration.ofSeconds(60));
            assertThat(serve.stdout()).contains("init: domain orders: registered (" + dir.resolve("orders.json") + ")");
        }
    }

    @Test
    void aBadFileStopsTheServerNamingTheFileFieldAndRule() throws Exception {
        Files.writeString(dir.resolve("bad.json"), "{\"activityTypes\": [{\"domain\": \"orders\", \"activityType\": \"charge\","
                + " \"startToCloseTimeout\": \"1500ms\"}]}");

        CliProcess serve = CliProcess.start(dir, "serve", "--port", "0", "--init", "bad.json");

        assertThat(serve.waitFor(Duration.ofSeconds(60))).isEqualTo(2);
        assertThat(serve.stdout()).doesNotContain("http://");
        assertThat(serve.stderr().strip()).isEqualTo(
                "swf-relay: bad.json: activityTypes[0].startToCloseTimeout is 1500ms; SWF counts timeouts in whole seconds");
    }
}
