package dev.swfrelay.it.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import dev.swfrelay.aws.AwsSwf;
import dev.swfrelay.aws.AwsSwfService;
import dev.swfrelay.cli.Main;
import dev.swfrelay.core.api.ListDomainsRequest;
import dev.swfrelay.core.api.RegisterDomainRequest;
import dev.swfrelay.core.model.DomainInfo;
import dev.swfrelay.core.model.FaultType;
import dev.swfrelay.core.model.RegistrationStatus;
import dev.swfrelay.core.model.SwfFault;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code swf-relay serve --data DIR} as a process, on a 16 MB tmpfs the test mounts (as root; skipped where it
 * cannot) and fills: registrations are answered ServiceUnavailable (after the SDK's own retries), the domains
 * registered before are listed, and the server says so once in its output however many requests it refuses; once
 * the filler is deleted it takes changes again, and says that once too.
 */
@EnabledOnOs(OS.LINUX)
class FullDiskServeIT {

    private static final Duration STARTUP = Duration.ofSeconds(30);

    @TempDir
    Path scratch;

    private Path disk;

    @BeforeEach
    void mountSmallTmpfs() throws Exception {
        disk = Files.createDirectories(scratch.resolve("disk"));
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=16m", "swf-relay-full-disk-it",
                disk.toString()).redirectErrorStream(true).start();
        String said = new String(mount.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assumeThat(mount.waitFor()).as("mounting a 16 MB tmpfs to fill (needs root): %s", said).isZero();
    }

    @AfterEach
    void unmount() throws Exception {
        if (Files.readString(Path.of("/proc/mounts")).contains(" " + disk + " ")) {
            new ProcessBuilder("umount", disk.toString()).inheritIO().start().waitFor();
        }
    }

    @Test
    void aFullDiskRefusesRegistrationsAndListsWhatItHasUntilTheFillerGoes() throws Exception {
        Path filler = disk.resolve("filler");
        try (Machine serve = Machine.start("serve", Main.class, "serve", "--port", "0", "--data",
                disk.resolve("data").toString());
             AwsSwfService swf = AwsSwf.forEndpoint(serve.servedEndpoint(STARTUP), "us-east-1")) {
            swf.registerDomain(domain("before"));
            fill(filler);
            await().atMost(Duration.ofSeconds(10)).until(() -> refused(swf, "probe"));
            for (int i = 0; i < 5; i++) {
                assertThatThrownBy(() -> swf.registerDomain(domain("refused")))
                        .isInstanceOfSatisfying(SwfFault.class, f -> assertThat(f.type()).isEqualTo(FaultType.ServiceUnavailable));
                assertThat(domains(swf)).contains("before").doesNotContain("refused");
            }

            Files.delete(filler);
            await().atMost(Duration.ofSeconds(30)).ignoreExceptionsInstanceOf(SwfFault.class)
                    .untilAsserted(() -> swf.registerDomain(domain("after")));
            assertThat(domains(swf)).contains("before", "after").doesNotContain("refused");
            assertThat(serve.lines().stream().filter(l -> l.contains("cannot take more changes")))
                    .as("lines saying the disk is full: %s", serve.lines()).hasSize(1);
            await().atMost(Duration.ofSeconds(10)).until(() -> serve.lines().stream()
                    .filter(l -> l.contains("takes changes again")).count() == 1);
            assertThat(serve.lines()).as("no stack trace").noneMatch(l -> l.startsWith("\tat "));
        }
    }

    /** Registers a domain: true when refused as ServiceUnavailable, false when taken. */
    private static boolean refused(AwsSwfService swf, String name) {
        try {
            swf.registerDomain(domain(name + System.nanoTime()));
            return false;
        } catch (SwfFault fault) {
            assertThat(fault.type()).isEqualTo(FaultType.ServiceUnavailable);
            return true;
        }
    }

    private static RegisterDomainRequest domain(String name) {
        return RegisterDomainRequest.builder().name(name).workflowExecutionRetentionPeriodInDays("1").build();
    }

    private static List<String> domains(AwsSwfService swf) {
        return swf.listDomains(ListDomainsRequest.builder().registrationStatus(RegistrationStatus.REGISTERED).build())
                .domainInfos().stream().map(DomainInfo::name).toList();
    }

    /** Fills the disk as a person would: {@code dd} of zeros until the file system refuses. */
    private static void fill(Path filler) throws Exception {
        Process dd = new ProcessBuilder("dd", "if=/dev/zero", "of=" + filler, "bs=1M").redirectErrorStream(true).start();
        String said = new String(dd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(dd.waitFor()).as("dd: %s", said).isNotZero();
        assertThat(said).contains("No space left on device");
    }
}
