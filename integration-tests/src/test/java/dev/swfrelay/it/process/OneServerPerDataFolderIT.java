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
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code swf-relay serve --data DIR} processes on one folder: the second refuses to start (exit 1), naming the
 * folder and the first one's process id and start time, and leaves the first serving; once the first is
 * {@code kill -9}ed, the OS has released its lock and a new server starts on the folder with all it had.
 */
class OneServerPerDataFolderIT {

    private static final Duration STARTUP = Duration.ofSeconds(30);
    private static final Pattern URL = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+)");

    @TempDir
    Path data;

    private final List<Machine> machines = new ArrayList<>();

    @AfterEach
    void stop() throws InterruptedException {
        for (Machine m : machines) {
            m.close();
        }
    }

    @Test
    void aSecondServeOnTheFolderRefusesToStartAndANewOneStartsAfterAKillNineOfTheFirst() throws Exception {
        Machine first = serve("first");
        URI endpoint = endpoint(first);
        try (AwsSwfService swf = AwsSwf.forEndpoint(endpoint, "us-east-1")) {
            swf.registerDomain(RegisterDomainRequest.builder().name("kept").workflowExecutionRetentionPeriodInDays("1")
                    .build());
        }

        Machine second = serve("second");
        assertThat(second.awaitExit(STARTUP)).as("exit code of the second serve: %s", second.lines()).isEqualTo(1);
        assertThat(String.join("\n", second.lines()))
                .contains("the data folder " + data.toRealPath() + " is in use by another process (pid " + first.pid()
                        + ", started ")
                .doesNotContain("listening");
        try (AwsSwfService swf = AwsSwf.forEndpoint(endpoint, "us-east-1")) {
            assertThat(domains(swf)).as("the first server still serves").containsExactly("kept");
        }

        first.kill();
        Machine third = serve("third");
        try (AwsSwfService swf = AwsSwf.forEndpoint(endpoint(third), "us-east-1")) {
            assertThat(domains(swf)).containsExactly("kept");
        }
    }

    private Machine serve(String name) {
        Machine machine = Machine.start(name, Main.class, "serve", "--port", "0", "--data", data.toString());
        machines.add(machine);
        return machine;
    }

    private static URI endpoint(Machine server) {
        Matcher url = URL.matcher(server.awaitLine(line -> URL.matcher(line).find(), STARTUP));
        assertThat(url.find()).isTrue();
        return URI.create(url.group(1));
    }

    private static List<String> domains(AwsSwfService swf) {
        return swf.listDomains(ListDomainsRequest.builder().registrationStatus(RegistrationStatus.REGISTERED).build())
                .domainInfos().stream().map(DomainInfo::name).toList();
    }
}
