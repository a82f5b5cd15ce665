package dev.swfrelay.emulator.journal;

import dev.swfrelay.emulator.engine.Tenant;
import dev.swfrelay.emulator.engine.change.Change;
import dev.swfrelay.emulator.engine.change.ChangeLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The emulator's durable journal: every engine's changes, unit by unit, in one {@link RecordStore}.
 * Each tenant's (account and region's) engine gets its {@link ChangeLog} from {@link #forTenant}; a thread's outermost
 * unit becomes one record, written and synced by {@link GroupCommit}'s writer thread, and
 * {@link #whenDurable} tells the HTTP layer when an answer may leave: once every unit begun
 * before it asked is on disk. At start-up {@link #open} reads the store back, a torn last
 * record dropped, and {@link #recovered} gives each tenant's changes in order.
 */
public final class Journal implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Journal.class);

    /** The file of the journal in a data folder. */
    public static final String FILE = "journal.log";

    private final RecordStore store;
    private final Map<Tenant, List<Change>> recovered;
    private final GroupCommit commits;
    private final ThreadLocal<Unit> units = ThreadLocal.withInitial(Unit::new);

    private Journal(RecordStore store, SyncPolicy policy, Map<Tenant, List<Change>> recovered) {
        this.store = store;
        this.recovered = recovered;
        this.commits = new GroupCommit(store, policy);
    }

    /** Opens the journal in {@code dataDir} (created if need be) and reads it back. */
    public static Journal open(Path dataDir, SyncPolicy policy) throws IOException {
        return open(FileRecordStore.open(dataDir.resolve(FILE)), policy);
    }

    /** Opens a journal on {@code store} and reads it back; {@link CorruptJournalException} if it cannot be. */
    public static Journal open(RecordStore store, SyncPolicy policy) throws IOException {
        Objects.requireNonNull(policy, "policy");
        Map<Tenant, List<Change>> byTenant = new LinkedHashMap<>();
        List<StoredRecord> records = store.readAll();
        // Records decode on their own, so on every core; they are folded in order afterwards.
        for (List<Entry> entries : records.parallelStream().map(r -> decode(r, store.name())).toList()) {
            for (Entry entry : entries) {
                byTenant.computeIfAbsent(entry.tenant(), t -> new ArrayList<>()).add(entry.change());
            }
        }
        LOG.info("journal {}: {} records read back, {} bytes", store.name(), records.size(), store.sizeOnDisk());
        return new Journal(store, policy, byTenant);
    }

    private static List<Entry> decode(StoredRecord record, String store) {
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

    /** Hands each tenant's changes read at {@link #open} to {@code engines}, oldest first, and logs what it took. */
    public Journal restoreInto(BiConsumer<Tenant, List<Change>> engines) {
        long began = System.nanoTime();
        int changes = 0;
        for (Map.Entry<Tenant, List<Change>> tenant : recovered.entrySet()) {
            engines.accept(tenant.getKey(), tenant.getValue());
            changes += tenant.getValue().size();
        }
        LOG.info("journal {}: {} changes of {} accounts and regions restored in {} ms ({} bytes)", store.name(),
                changes, recovered.size(), (System.nanoTime() - began) / 1_000_000, sizeOnDisk());
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
