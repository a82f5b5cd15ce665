package dev.swfrelay.emulator;

import dev.swfrelay.emulator.engine.Tenant;
import dev.swfrelay.emulator.engine.change.ChangeLog;
import dev.swfrelay.emulator.engine.change.ClockChanged;
import dev.swfrelay.emulator.engine.clock.VirtualClock;
import dev.swfrelay.emulator.http.auth.RegionalEmulators;
import dev.swfrelay.emulator.http.routes.DataKeeping;
import dev.swfrelay.emulator.http.transport.ChangeGate;
import dev.swfrelay.emulator.journal.DataFolderLock;
import dev.swfrelay.emulator.journal.Journal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletionException;

/**
 * Where a server keeps its state: in memory, or with a data folder its journal, locked for this server, read
 * back into each account and region's engine at start and kept from then on, with the clock's setting,
 * retention and snapshots. The admin routes' {@link DataKeeping}.
 */
final class ServerData implements DataKeeping, AutoCloseable {

    private final ServerSettings settings;
    private final VirtualClock clock;
    private final boolean ownsClock;
    private RegionalEmulators emulators;
    private volatile Journal journal;
    private DataFolderLock folderLock;

    /** @param ownsClock whether the server made {@code clock} (a clock given to the builder is the embedder's) */
    ServerData(ServerSettings settings, VirtualClock clock, boolean ownsClock) {
        this.settings = settings;
        this.clock = clock;
        this.ownsClock = ownsClock;
    }

    /** The engines whose state this keeps; before {@link #open}. */
    void keep(RegionalEmulators engines) {
        this.emulators = engines;
    }

    /** Where {@code tenant}'s engine tells its changes: the journal, or nowhere in memory. */
    ChangeLog changeLog(Tenant tenant) {
        Journal open = journal;
        return open == null ? ChangeLog.NONE : open.forTenant(tenant);
    }

    /** What a change request passes before it is applied: nothing in memory, the journal's state on disk. */
    ChangeGate gate() {
        Journal open = journal;
        return open == null ? ChangeGate.IN_MEMORY : ChangeGate.of(open);
    }

    /**
     * With a data folder (or store): locks it for this server ({@link dev.swfrelay.emulator.journal.DataFolderInUseException}
     * when another server holds it), reads its journal back into each account and region's engine, then keeps journaling.
     */
    void open() {
        if (!settings.durable()) {
            return;
        }
        try {
            if (settings.dataStore().isPresent()) {
                journal = Journal.open(settings.dataStore().get(), settings.sync());
            } else {
                Path dataDir = settings.dataDir().orElseThrow();
                folderLock = DataFolderLock.acquire(dataDir);
                journal = Journal.open(dataDir, settings.sync(), settings.snapshotAfter());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the data folder " + settings.dataDir().orElse(null) + ": "
                    + e.getMessage(), e);
        }
        if (ownsClock) {
            journal.clock().ifPresent(this::setClock);
        }
        journal.restoreInto((tenant, changes) -> emulators.of(tenant).restore(changes))
                .snapshotting(clock::now, this::clockSetting).start();
    }

    /** Sets the server's own clock as the journal last recorded it. */
    private void setClock(ClockChanged recorded) {
        if (recorded.frozenAt() == null) {
            clock.release();
        } else {
            clock.freeze(recorded.frozenAt());
            clock.autoAdvance(recorded.autoAdvance());
        }
    }

    private ClockChanged clockSetting() {
        return clock.isFrozen() ? new ClockChanged(clock.now(), clock.isAutoAdvance()) : ClockChanged.REAL_TIME;
    }

    /** The clock was set over the admin routes: journaled as set, and retention applied on it. */
    @Override
    public void clockSet() {
        if (journal != null) {
            journal.recordClock(clockSetting());
        }
        if (emulators.forgetExpired() > 0 && journal != null) {
            journal.requestSnapshot();
        }
    }

    @Override
    public Map<String, Long> snapshot() {
        if (journal == null || !journal.snapshots()) {
            return null;
        }
        try {
            return journal.snapshot().join();
        } catch (CompletionException failed) {
            throw new UncheckedIOException(new IOException("the snapshot failed: " + failed.getCause().getMessage(),
                    failed.getCause()));
        }
    }

    /** Closes the journal and releases the data folder's lock. */
    @Override
    public void close() {
        if (journal != null) {
            journal.close();
        }
        if (folderLock != null) {
            folderLock.close();
        }
    }
}
