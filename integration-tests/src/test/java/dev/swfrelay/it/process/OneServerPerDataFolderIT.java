package dev.swfrelay.it.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.swfrelay.aws.AwsSwf;
import dev.swfrelay.aws.AwsSwfService;
import dev.swfrelay.cli.Main;
import dev.swfrelay.core.api.ListDomainsRequest;
import dev.swfrelay.core.api.RegisterDomainRequest;
import dev.swfrelay.core.model.DomainInfo;
import dev.swfrelay.core.model.RegistrationStatus;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code swf-relay serve --data DIR} processes on one folder: the second refuses to start (exit 1), naming the
 * folder and the first one's process id and start time, and leaves the first serving; once the first is
 * {@code kill -9}ed, the OS has released its lock and a new server starts on the folder with all it had.
 */
class OneServerPerDataFolderIT {

    private static final Duration STARTUP = Duration.ofSeconds(30);

    @Test
    void aSecondServeOnTheFolderRefusesToStartAndANewOneStartsAfterAKillNineOfTheFirst(@TempDir Path data)
            throws Exception {
        try (Machine first = serve("first", data)) {
            URI endpoint = first.servedEndpoint(STARTUP);
            try (AwsSwfService swf = AwsSwf.forEndpoint(endpoint, "us-east-1")) {
                swf.registerDomain(RegisterDomainRequest.builder().name("kept")
                        .workflowExecutionRetentionPeriodInDays("1").build());
            }
            try (Machine second = serve("second", data)) {
                assertThat(second.awaitExit(STARTUP)).as("exit code of the second serve: %s", second.lines()).isEqualTo(1);
                assertThat(String.join("\n", second.lines()))
                        .contains("the data folder " + data.toRealPath() + " is in use by another process (pid "
                                + first.pid() + ", started ")
                        .doesNotContain("listening");
            }
            try (AwsSwfService swf = AwsSwf.forEndpoint(endpoint, "us-east-1")) {
                assertThat(domains(swf)).as("the first server still serves").containsExactly("kept");
            }
            first.kill();
        }
        try (Machine third = serve("third", data);
             AwsSwfService swf = AwsSwf.forEndpoint(third.servedEndpoint(STARTUP), "us-east-1")) {
            assertThat(domains(swf)).containsExactly("kept");
        }
    }

    private static Machine serve(String name, Path data) {
        return Machine.start(name, Main.class, "serve", "--port", "0", "--data", data.toString());
    }

    private static List<String> domains(AwsSwfService swf) {
        return swf.listDomains(ListDomainsRequest.builder().registrationStatus(RegistrationStatus.REGISTERED).build())
                .domainInfos().stream().map(DomainInfo::name).toList();
    }
}
