package dev.swfrelay.cli.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.swfrelay.emulator.fault.FaultRules;
import dev.swfrelay.emulator.SwfEmulatorServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryPolicy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.SwfException;

/** serve --faults FILE: the file's rules, JSON or YAML, are what the server injects. */
class FaultsFileTest {

    @Test
    void aYamlFilesRulesAreInjectedByTheServer(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("faults.yml"), String.join("\n",
                "seed: 42",
                "rules:",
                "  - name: no-domains",
                "    operation: ListDomains",
                "    nth: 1",
                "    action: fault",
                "    fault: ThrottlingException", ""));
        FaultRules rules = FaultsFile.read(file);
        assertThat(rules.seed()).isEqualTo(42);

        try (SwfEmulatorServer server = SwfEmulatorServer.builder().faults(rules).build().start();
             SwfClient swf = SwfClient.builder().endpointOverride(server.uri()).region(Region.US_EAST_1)
                     .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKID", "secret")))
                     .overrideConfiguration(c -> c.retryPolicy(RetryPolicy.none())).build()) {
            assertThatThrownBy(() -> swf.listDomains(r -> r.registrationStatus("REGISTERED")))
                    .isInstanceOfSatisfying(SwfException.class, e -> {
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ThrottlingException");
                        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Rate exceeded");
                    });
            assertThat(swf.listDomains(r -> r.registrationStatus("REGISTERED")).domainInfos()).isEmpty();
            assertThat(server.faults().rules()).singleElement().satisfies(s -> assertThat(s.fired()).isEqualTo(1));
        }
    }

    @Test
    void aJsonListOfRulesReads(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("faults.json"),
                "[{\"operation\": \"RegisterDomain\", \"action\": \"drop\"}]");

        assertThat(FaultsFile.read(file).rules()).singleElement()
                .satisfies(s -> assertThat(s.rule().name()).isEqualTo("rule-1"));
    }

    @Test
    void aRuleWithAnUnknownFieldIsNamed(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("faults.json"),
                "{\"rules\": [{\"name\": \"x\", \"action\": \"drop\", \"workflow\": \"w\"}]}");

        assertThatThrownBy(() -> FaultsFile.read(file))
                .hasMessageStartingWith("serve --faults " + file + ": rule 1 (x), field 'workflow': unknown");
    }
}
