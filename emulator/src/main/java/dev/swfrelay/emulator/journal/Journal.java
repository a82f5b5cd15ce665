package dev.swfrelay.emulator.journal;

import dev.swfrelay.emulator.engine.Tenant;
import dev.swfrelay.emulator.engine.change.Change;
import dev.swfrelay.emulator.engine.change.ChangeLog;
import dev.swfrelay.emulator.engine.change.ClockChanged;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The emulator's durable journal: every engine's changes, unit by unit, in one {@link RecordStore}.
 * Each tenant's (account and region's) engine gets its {@link ChangeLog} from {@link #forTenant}; a thread's outermost
 * unit becomes one record, written and synced by {@link GroupCommit}'s writer thread, and
 * {@link #whenDurable} tells the HTTP layer when an answer may leave: once every unit begun
 * before it asked is on disk. At start-up {@link #open} reads the store back, a torn last
 * record dropped, and {@link #recovered} gives each tenant's changes in order. A data folder's
 * journal is kept short by snapshots ({@link Snapshotter}): the newest snapshot and the segments after it.
 */
public final class Journal implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Journal.class);

    /** The single journal file of a data folder written by earlier versions (read as its first segment). */
    public static final String FILE = "journal.log";
    /** A snapshot is taken once this many bytes were journaled since the last one (or its size, when larger). */
    public static final int DEFAULT_SNAPSHOT_AFTER_MB = 32;
    /** {@link #DEFAULT_SNAPSHOT_AFTER_MB} in bytes. */
    public static final long DEFAULT_SNAPSHOT_AFTER_BYTES = (long) DEFAULT_SNAPSHOT_AFTER_MB << 20;

    private final RecordStore store;
    private final Map<Tenant, List<Change>> recovered;
    private final ClockChanged clock;
    private final GroupCommit commits;
    private final ThreadLocal<Unit> units = ThreadLocal.withInitial(Unit::new);
    private long snapshotAfter;
    private Snapshotter snapshots;

    private Journal(RecordStore store, SyncPolicy policy, Map<Tenant, List<Change>> recovered, ClockChanged clock) {
        this.store = store;
        this.recovered = recovered;
        this.clock = clock;
        this.commits = new GroupCommit(store, policy);
    }

    /** Opens the journal in {@code dataDir} (created if need be) and reads it back; snapshots at the default threshold. */
    public static Journal open(Path dataDir, SyncPolicy policy) throws IOException {
        return open(dataDir, policy, DEFAULT_SNAPSHOT_AFTER_BYTES);
    }

    /**
     * Opens the journal in {@code dataDir} (created if need be): reads back its newest snapshot and the segments after
     * it. Once {@link #snapshotting started}, a snapshot is taken in the background each time more than
     * {@code snapshotAfterBytes} (or the last snapshot's size, when larger) were journaled since the last one.
     */
    public static Journal open(Path dataDir, SyncPolicy policy, long snapshotAfterBytes) throws IOException {
        if (snapshotAfterBytes < 1) {
            throw new IllegalArgumentException("snapshotAfterBytes must be positive, was " + snapshotAfterBytes);
        }
        SegmentedRecordStore store = SegmentedRecordStore.open(dataDir);
        Journal journal = open(store, policy);
        journal.snapshotAfter = snapshotAfterBytes;
        return journal;
    }

    /** Opens a journal on {@code store} and reads it back; {@link CorruptJournalException} if it cannot be. */
    public static Journal open(RecordStore store, SyncPolicy policy) throws IOException {
        Objects.requireNonNull(policy, "policy");
        long began = System.nanoTime();
        Map<Tenant, List<Change>> byTenant = new LinkedHashMap<>();
        ClockChanged clock = null;
        List<StoredRecord> records = store.readAll();
        // Records decode on their own, so on every core; they are folded in order afterwards.
        for (List<Entry> entries : records.parallelStream().map(r -> decode(r, store.name())).toList()) {
            for (Entry entry : entries) {
                if (entry.change() instanceof ClockChanged c) {
                    clock = c;
                } else {
                    byTenant.computeIfAbsent(entry.tenant(), t -> new ArrayList<>()).add(entry.change());
                }
            }
        }
        LOG.info("journal {}: {} records read back in {} ms, {} bytes", store.name(), records.size(),
                (System.nanoTime() - began) / 1_000_000, store.sizeOnDisk());
        return new Journal(store, policy, byTenant, clock);
    }

    static List<Entry> decode(StoredRecord record, String store) {
        String source = store + " at byte " + record.position();
        try {
            List<Entry> entries = new ArrayList<>();
            for (JournalEntry entry : JournalCodec.decode(record.payload(), source)) {
                entries.add(new Entry(new Tenant(entry.account(), entry.region()), JournalCodec.change(entry, source)));
            }
            return entries;
        } catch (RuntimeException undecodable) {
            throw new CorruptJournalException(store, record.position(),
                    "a record whose checksum matches does not decode (" + undecodable.getMessage() + ")");
        }
    }

    /** The server's clock as last recorded ({@link #recordClock}), if it ever was. */
    public Optional<ClockChanged> clock() {
        return Optional.ofNullable(clock);
    }

    /** Hands each tenant's changes read at {@link #open} to {@code engines}, oldest first, logs what it took, and lets them go. */
    public Journal restoreInto(BiConsumer<Tenant, List<Change>> engines) {
        long began = System.nanoTime();
        int changes = 0;
        for (Map.Entry<Tenant, List<Change>> tenant : recovered.entrySet()) {
            engines.accept(tenant.getKey(), tenant.getValue());
            changes += tenant.getValue().size();
        }
        LOG.info("journal {}: {} changes of {} accounts and regions restored in {} ms ({} bytes)", store.name(),
                changes, recovered.size(), (System.nanoTime() - began) / 1_000_000, sizeOnDisk());
        recovered.clear();
        return this;
    }

    /** Each tenant's changes as read at {@link #open}, oldest first. */
    public Map<Tenant, List<Change>> recovered() {
        return recovered;
    }

    /** The change log of {@code tenant}'s engine (an account's, in one region). */
    public ChangeLog forTenant(Tenant tenant) {
        Objects.requireNonNull(tenant, "tenant");
        return new ChangeLog() {
            @Override
            public void begin() {
                units.get().depth++;
            }

            @Override
            public void record(Change change) {
                Unit unit = units.get();
                Entry entry = new Entry(tenant, change);
                if (unit.depth == 0) {
                    commits.submit(commits.begin(), List.of(entry));
                    return;
                }
                if (unit.sequence == 0) {
                    unit.sequence = commits.begin();
                }
                unit.entries.add(entry);
            }

            @Override
            public void retract(Change change) {
                List<Entry> entries = units.get().entries;
                for (int i = entries.size() - 1; i >= 0; i--) {
                    if (entries.get(i).change().equals(change)) {
                        entries.remove(i);
                        return;
                    }
                }
            }

            @Override
            public void end() {
                Unit unit = units.get();
                if (--unit.depth == 0 && unit.sequence != 0) {
                    commits.submit(unit.sequence, List.copyOf(unit.entries));
                    unit.sequence = 0;
                    unit.entries.clear();
                }
            }
        };
    }

    /** Records the server's clock as now set, as a unit of its own. */
    public void recordClock(ClockChanged clock) {
        commits.submit(commits.begin(), List.of(new Entry(Compaction.SERVER, clock)));
    }

    /**
     * Snapshots a data folder's journal from now on (a journal on another store has none): in the background past the
     * threshold, and at {@link #snapshot}. Compaction forgets closed runs past retention as of {@code now}, and writes
     * the clock as {@code clock} gives it.
     */
    public Journal snapshotting(Supplier<Instant> now, Supplier<ClockChanged> clock) {
        if (store instanceof SegmentedRecordStore segments && snapshots == null) {
            snapshots = new Snapshotter(segments, snapshotAfter, now, clock);
        }
        return this;
    }

    /** Whether snapshots are taken (a data folder's journal, {@link #snapshotting} called). */
    public boolean snapshots() {
        return snapshots != null;
    }

    /** Takes a snapshot after any running one; completes with its number, changes, bytes and milliseconds. */
    public CompletableFuture<Map<String, Long>> snapshot() {
        if (snapshots == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("this journal takes no snapshots"));
        }
        return snapshots.takeNow().thenApply(s -> Map.of("snapshot", s.number(), "changes", (long) s.changes(),
                "bytes", s.bytes(), "millis", s.millis()));
    }

    /** Starts a snapshot in the background unless one is waiting to start (e.g. once retention freed much). */
    public void requestSnapshot() {
        if (snapshots != null) {
            snapshots.request();
        }
    }

    /**
     * Completes once every change recorded (or unit begun) before this call is durable; fails if the store failed, or
     * at once with {@link JournalUnavailableException} while a write fails (the changes are kept and written later).
     */
    public CompletableFuture<Void> whenDurable() {
        return commits.whenDurable();
    }

    /**
     * Whether new changes should be refused now (the store is short of room, or a write failed): what was begun is
     * still written, and reads may be served; see {@link GroupCommit}.
     */
    public boolean refusesChanges() {
        return commits.refusing();
    }

    /** Starts the writer thread; changes recorded before are written then. */
    public Journal start() {
        commits.start();
        return this;
    }

    /** Bytes the journal takes on disk. */
    public long sizeOnDisk() {
        try {
            return store.sizeOnDisk();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes and syncs what is waiting, then closes the store. */
    @Override
    public void close() {
        if (snapshots != null) {
            snapshots.close();
        }
        commits.close();
    }

    /** One change of a tenant's engine. */
    record Entry(Tenant tenant, Change change) {
    }

    /** A thread's open unit: how deep its locks nest, its sequence number once it changed something, its changes. */
    private static final class Unit {
        int depth;
        long sequence;
        final List<Entry> entries = new ArrayList<>();
    }
}
