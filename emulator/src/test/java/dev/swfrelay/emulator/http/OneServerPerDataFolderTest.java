package dev.swfrelay.emulator.http;

import dev.swfrelay.emulator.SwfEmulatorServer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.swfrelay.emulator.journal.DataFolderInUseException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.swf.SwfClient;

/** A data folder serves one server at a time: a second one refuses to start, naming the folder and the holder. */
class OneServerPerDataFolderTest {

    @TempDir
    Path data;

    private SwfEmulatorServer server() {
        return SwfEmulatorServer.builder().dataDir(data).build().start();
    }

    @Test
    void aSecondServerOnTheFolderRefusesToStartNamingItAndTheFirstKeepsServing() throws Exception {
        try (SwfEmulatorServer first = server(); SwfClient swf = SdkClients.sdk(first.uri(), "us-east-1")) {
            swf.registerDomain(r -> r.name("kept").workflowExecutionRetentionPeriodInDays("1"));
            Map<Path, Long> files = filesAndSizes();

            assertThatThrownBy(this::server).isInstanceOf(DataFolderInUseException.class)
                    .hasMessageContaining("the data folder " + data.toRealPath() + " is in use by a server in this process")
                    .hasMessageContaining("pid " + ProcessHandle.current().pid() + ", started ");

            assertThat(filesAndSizes()).as("the refused server left the folder's files alone").isEqualTo(files);
            swf.registerDomain(r -> r.name("after").workflowExecutionRetentionPeriodInDays("1"));
            assertThat(swf.listDomains(r -> r.registrationStatus("REGISTERED")).domainInfos()).hasSize(2);
        }
        try (SwfEmulatorServer next = server(); SwfClient swf = SdkClients.sdk(next.uri(), "us-east-1")) {
            assertThat(swf.listDomains(r -> r.registrationStatus("REGISTERED")).domainInfos()).hasSize(2);
        }
    }

    @Test
    void theLockFileNamesTheProcessThatHoldsTheFolder() throws Exception {
        try (SwfEmulatorServer running = server()) {
            assertThat(Files.readString(data.resolve("lock")))
                    .startsWith("pid " + ProcessHandle.current().pid() + ", started "
                            + ProcessHandle.current().info().startInstant().orElseThrow());
        }
    }

    /** Each file of the data folder (journal segments, snapshots, the lock) and its size. */
    private Map<Path, Long> filesAndSizes() throws IOException {
        try (Stream<Path> listed = Files.list(data)) {
            Map<Path, Long> sizes = new TreeMap<>();
            for (Path file : listed.toList()) {
                sizes.put(file.getFileName(), Files.size(file));
            }
            return sizes;
        }
    }
}
