package dev.swfrelay.emulator.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.swfrelay.core.api.RegisterDomainRequest;
import dev.swfrelay.emulator.engine.Tenant;
import dev.swfrelay.emulator.engine.change.ChangeLog;
import dev.swfrelay.emulator.engine.change.RegistryChanged;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A journal whose syncs fail for a while (as {@code fsync} does on a failing disk): the unit is kept and written
 * again in the same place, once; its answer fails with {@link JournalUnavailableException} instead of waiting, the
 * journal refuses changes meanwhile, and takes them again once the store writes.
 */
class FailingWriteTest {

    private static final Tenant TENANT = new Tenant("123456789012", "us-east-1");

    @TempDir
    Path data;

    @Test
    void aUnitWhoseSyncFailsIsWrittenOnceWhenTheStoreWritesAgainAndItsAnswerFailsMeanwhile() throws Exception {
        FailingSyncs store = new FailingSyncs(FileRecordStore.open(data.resolve(Journal.FILE)));
        try (Journal journal = Journal.open(store, SyncPolicy.GROUP).start()) {
            ChangeLog log = journal.forTenant(TENANT);
            log.record(domain("before"));
            journal.whenDurable().get(10, TimeUnit.SECONDS);

            store.failing.set(Integer.MAX_VALUE);
            log.record(domain("during"));
            CompletableFuture<Void> answer = journal.whenDurable();
            assertThat(failure(answer)).isInstanceOf(JournalUnavailableException.class)
                    .hasMessageContaining("Input/output error");
            assertThat(journal.refusesChanges()).isTrue();
            await().atMost(Duration.ofSeconds(10)).until(() -> store.failing.get() < Integer.MAX_VALUE - 2);
            assertThat(failure(journal.whenDurable())).as("an answer asked for while the write fails")
                    .isInstanceOf(JournalUnavailableException.class);

            store.failing.set(0);
            await().atMost(Duration.ofSeconds(10)).until(() -> !journal.refusesChanges());
            journal.whenDurable().get(10, TimeUnit.SECONDS);
            log.record(domain("after"));
            journal.whenDurable().get(10, TimeUnit.SECONDS);
        }
        try (Journal reopened = Journal.open(data, SyncPolicy.GROUP)) {
            assertThat(reopened.recovered().get(TENANT)).containsExactly(domain("before"), domain("during"), domain("after"));
        }
    }

    private static Throwable failure(CompletableFuture<Void> answer) throws Exception {
        try {
            answer.get(10, TimeUnit.SECONDS);
            throw new AssertionError("the answer was sent though its change is not on disk");
        } catch (ExecutionException failed) {
            return failed.getCause();
        }
    }

    private static RegistryChanged domain(String name) {
        return new RegistryChanged(RegisterDomainRequest.builder().name(name).workflowExecutionRetentionPeriodInDays("1")
                .build(), Instant.parse("2015-01-01T00:00:00Z"));
    }

    /**
     * The journal's file, whose next {@code failing} syncs fail after the records were written (as a failing fsync).
     * The test keeps them failing until it has seen the journal refuse: a count of failures would run out on the
     * writer's retries (50, 100, 200 ms) before a slow test thread looked.
     */
    private static final class FailingSyncs implements RecordStore {
        final AtomicInteger failing = new AtomicInteger();
        private final FileRecordStore file;

        FailingSyncs(FileRecordStore file) {
            this.file = file;
        }

        @Override
        public List<StoredRecord> readAll() throws IOException {
            return file.readAll();
        }

        @Override
        public void append(List<byte[]> records) throws IOException {
            file.append(records);
        }

        @Override
        public void sync() throws IOException {
            if (failing.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new IOException("Input/output error");
            }
            file.sync();
        }

        @Override
        public void rewind() {
            file.rewind();
        }

        @Override
        public long sizeOnDisk() throws IOException {
            return file.sizeOnDisk();
        }

        @Override
        public String name() {
            return file.name();
        }

        @Override
        public void close() throws IOException {
            file.close();
        }
    }
}
