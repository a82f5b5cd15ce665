package dev.swfrelay.emulator.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.swfrelay.core.api.RegisterDomainRequest;
import dev.swfrelay.emulator.engine.Tenant;
import dev.swfrelay.emulator.engine.change.ChangeLog;
import dev.swfrelay.emulator.engine.change.RegistryChanged;
import dev.swfrelay.emulator.engine.change.StateReset;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal's units, group commit and its file's framing, below the engine. */
class JournalTest {

    @TempDir
    Path data;

    private static RegistryChanged domain(String name) {
        return new RegistryChanged(RegisterDomainRequest.builder().name(name).workflowExecutionRetentionPeriodInDays("1")
                .build(), Instant.parse("2015-01-01T00:00:00Z"));
    }

    @Test
    void anAnswerWaitsForEveryUnitBegunBeforeItEvenOnAnotherThread() throws Exception {
        try (Journal journal = Journal.open(data, SyncPolicy.GROUP).start()) {
            ChangeLog log = journal.forTenant(new Tenant("123456789012", "us-east-1"));
            CountDownLatch recorded = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Thread other = new Thread(() -> {
                log.begin();
                log.record(domain("held"));
                recorded.countDown();
                awaitLatch(release);
                log.end();
            });
            other.start();
            recorded.await(10, TimeUnit.SECONDS);
            log.record(domain("mine"));

            CompletableFuture<Void> durable = journal.whenDurable();
            await().during(200, TimeUnit.MILLISECONDS).atMost(2, TimeUnit.SECONDS).until(() -> !durable.isDone());
            release.countDown();

            durable.get(10, TimeUnit.SECONDS);
            other.join();
        }
        try (Journal reopened = Journal.open(data, SyncPolicy.GROUP)) {
            assertThat(reopened.recovered().get(new Tenant("123456789012", "us-east-1"))).containsExactly(domain("mine"), domain("held"));
        }
    }

    @Test
    void aUnitIsOneRecordAndAChangeTakenBackIsNotInIt() throws Exception {
        try (Journal journal = Journal.open(data, SyncPolicy.ALWAYS).start()) {
            ChangeLog log = journal.forTenant(new Tenant("123456789012", "eu-west-1"));
            log.begin();
            log.begin();
            log.record(domain("a"));
            log.record(new StateReset());
            log.retract(new StateReset());
            log.end();
            log.record(domain("b"));
            log.end();
            journal.whenDurable().get(10, TimeUnit.SECONDS);
        }
        assertThat(FileRecordStore.open(data.resolve("journal-0000000001.log")).readAll()).hasSize(1);
        try (Journal reopened = Journal.open(data, SyncPolicy.GROUP)) {
            assertThat(reopened.recovered().get(new Tenant("123456789012", "eu-west-1"))).containsExactly(domain("a"), domain("b"));
        }
    }

    @Test
    void aLastRecordWithAWrongChecksumAndOnlyTheFilesReadyZerosAfterItIsCutOff() throws IOException {
        Path file = data.resolve(Journal.FILE);
        try (FileRecordStore store = FileRecordStore.open(file)) {
            store.append(List.of("first".getBytes(), "second".getBytes()));
        }
        long whole = 12 + "first".length() + 12 + "second".length();
        flip(file, whole - 1);

        try (FileRecordStore store = FileRecordStore.open(file)) {
            assertThat(store.readAll()).extracting(r -> new String(r.payload())).containsExactly("first");
        }
        assertThat(Files.size(file)).isEqualTo(12 + "first".length());
    }

    @Test
    void aHeaderTornInTheReadyZerosIsCutOffAndTheNextRecordTakesItsPlace() throws IOException {
        Path file = data.resolve(Journal.FILE);
        try (FileRecordStore store = FileRecordStore.open(file)) {
            store.append(List.of("first".getBytes()));
        }
        byte[] bytes = Files.readAllBytes(file);
        bytes[12 + 5] = 0;
        bytes[12 + 5 + 3] = 9;
        bytes[12 + 5 + 4] = 7;
        Files.write(file, bytes);

        try (FileRecordStore store = FileRecordStore.open(file)) {
            assertThat(store.readAll()).hasSize(1);
            store.append(List.of("second".getBytes()));
            assertThat(store.recordBytes()).isEqualTo(12 + 5 + 12 + 6);
        }
        try (FileRecordStore store = FileRecordStore.open(file)) {
            assertThat(store.readAll()).extracting(r -> new String(r.payload())).containsExactly("first", "second");
        }
    }

    @Test
    void aDamagedRecordBeforeTheLastRefusesNamingItsPosition() throws IOException {
        Path file = data.resolve(Journal.FILE);
        try (FileRecordStore store = FileRecordStore.open(file)) {
            store.append(List.of("first".getBytes(), "second".getBytes(), "third".getBytes()));
        }
        long second = 12 + "first".length();
        flip(file, second + 12);
        long size = Files.size(file);

        assertThatThrownBy(() -> FileRecordStore.open(file).readAll()).isInstanceOf(CorruptJournalException.class)
                .hasMessageContaining(file + " is damaged at byte " + second + ": a record's checksum does not match");
        assertThat(Files.size(file)).as("nothing is cut off").isEqualTo(size);
    }

    @Test
    void aRecordWhoseChecksumMatchesButDoesNotDecodeRefusesToOpen() throws IOException {
        try (FileRecordStore store = FileRecordStore.open(data.resolve(Journal.FILE))) {
            store.append(List.of("{\"entries\":[{\"account\":\"a\",\"region\":\"r\",\"kind\":\"teleport\"}]}".getBytes()));
        }

        assertThatThrownBy(() -> Journal.open(data, SyncPolicy.GROUP)).isInstanceOf(CorruptJournalException.class)
                .hasMessageContaining("at byte 0").hasMessageContaining("unknown kind of change 'teleport'");
    }

    private static void flip(Path file, long at) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        bytes[(int) at] ^= 0x01;
        Files.write(file, bytes);
        assertThat(ByteBuffer.wrap(bytes).getInt(0)).isEqualTo("first".length());
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
